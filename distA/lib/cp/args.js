"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Compile-time guard: the documented args stay assignable to what the schema accepts.
const _cpArgsMatchSchema = (a) => a;
void _cpArgsMatchSchema;
