// The shape of a rendered diagram: a stable id, a title for the document, and its Mermaid source.
export interface Diagram {
  id:
    | 'infrastructure-strategy'
    | 'network-topology'
    | 'build-release'
    | 'data-flow'
    | 'deployment-pipeline'
    | 'environment-promotion'
    | 'security-boundaries';
  title: string;
  /** What the diagram shows, one sentence for the document. */
  caption: string;
  source: string;
}
