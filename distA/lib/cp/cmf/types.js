"use strict";
/**
 * Request and response bodies of the CMF API (hand-written for the fields
 * used) and what each CMF object is made of.
 */
Object.defineProperty(exports, "__esModule", { value: true });
