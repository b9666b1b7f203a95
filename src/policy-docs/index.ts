export { describeCondition, termInWords } from "./describe-condition";
export { buildPolicyDocument } from "./policy-document";
export type { DocSection, DocTable, PolicyDocument } from "./policy-document";
export { renderMarkdown, renderText } from "./render-document";
