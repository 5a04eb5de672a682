"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Compile-time guards: the documented args stay assignable to what the schemas accept.
const _argsMatchSchema = (a) => a;
void _argsMatchSchema;
