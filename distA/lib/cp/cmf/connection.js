"use strict";
/** Where CMF is and how the client authenticates: plain data, so it can live in Pulumi state. */
Object.defineProperty(exports, "__esModule", { value: true });
