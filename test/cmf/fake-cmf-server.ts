/** The CMF stand-in the CMF tests use is the emulator in test/support/cmf-emulator. */
export * from "../support/cmf-emulator";
