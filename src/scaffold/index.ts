/** scaffold/: new sites (`vellum init`) and new content from archetypes (`vellum new`). */
export { initSite, type InitOptions, type InitResult } from './init.js';
export { newContent, contentPathOf, type NewContentOptions, type NewContentResult } from './new-content.js';
export { renderArchetype, archetypeData, type ArchetypeData, type ArchetypeFile, type ArchetypeSite } from './archetype.js';
