import type { PlanResource } from "./recorder";
import type { Plan } from "./synth";
export interface GraphLayer {
    /** Mermaid subgraph id. */
    readonly id: string;
    readonly title: string;
    /** Whether a resource is shown in this layer; the first matching layer wins. */
    readonly matches: (r: PlanResource) => boolean;
}
/** The layers, bottom to top. A new resource type is one predicate here. */
export declare const graphLayers: readonly GraphLayer[];
/**
 * Renders the plan as a `flowchart BT`: one subgraph per non-empty layer, an
 * edge `dependency --> dependent` for each dependency between shown nodes
 * (also through hidden resources), minus edges already implied by a longer
 * path, so the diagram stays readable.
 */
export declare function renderGraph(plan: Plan): string;
