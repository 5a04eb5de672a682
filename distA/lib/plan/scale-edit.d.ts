/**
 * Where `scale` puts its edited stack file for the "after" synth (synth's
 * hidden `--stack-config`), and the one check synth makes of that flag: the
 * file must be such an edit, so a path a user types there can never make synth
 * read, and echo in a parse error, another file of the machine.
 */
/** Prefix of the temporary folder `scale` writes its edit into. */
export declare const scaleEditPrefix = "flink-platform-scale-";
/** Name of the edited stack file in that folder. */
export declare const scaleEditFile = "edited.yaml";
/** Refuses a `--stack-config` value that is not a regular `edited.yaml` in a folder `scale` made. */
export declare function checkScaleEdit(file: string): void;
