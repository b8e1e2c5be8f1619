import type * as z from 'zod/mini';
import type { InstrumentDefinitionInput } from './definition-shape.js';
import { checkConditions } from './condition-rules.js';
import { checkRanges } from './range-rules.js';
import { checkScoring } from './scoring-rules.js';
import { checkTranslations } from './translation-rules.js';
import { formatPath, locateItems, type Path, type Report } from './rule-support.js';

type Ctx = z.core.$RefinementCtx<InstrumentDefinitionInput>;

// Answers are plain objects keyed by item id, so an id such as "constructor"
// would read a built-in function wherever an answer is looked up.
const reservedIds = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * The rules of a definition that need more than one field. Each failure names
 * the exact path of the offending value, so that a council team writing its
 * own definition is pointed at the line to change.
 */
export function checkDefinitionRules(definition: InstrumentDefinitionInput, ctx: Ctx): void {
  const report: Report = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  const idsUnique = checkUniqueIds(definition, report);
  const located = locateItems(definition);
  checkConditions(definition, located, report);
  checkRanges(definition, report);
  if (definition.scoring) checkScoring(definition, definition.scoring, located, idsUnique, report);
  checkTranslations(definition, located, report);
}

/** Reports duplicate ids; returns whether item ids are unique, which the scoring checks rely on. */
function checkUniqueIds(definition: InstrumentDefinitionInput, report: Report): boolean {
  const sectionIds = new Set<string>();
  const itemIds = new Map<string, Path>();
  let unique = true;
  const claim = (id: string, path: Path) => {
    if (reservedIds.has(id)) report([...path, 'id'], `Item id "${id}" is reserved; choose another id`);
    const first = itemIds.get(id);
    if (first) {
      unique = false;
      report([...path, 'id'], `Item id "${id}" is already used at ${formatPath([...first, 'id'])}`);
    } else itemIds.set(id, path);
  };
  definition.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) report(['sections', s, 'id'], `Section id "${section.id}" is used more than once`);
    sectionIds.add(section.id);
    section.items.forEach((item, i) => {
      const path: Path = ['sections', s, 'items', i];
      claim(item.id, path);
      const members = item.type === 'group' ? item.items.map((child, c) => ({ child, path: [...path, 'items', c] })) : [{ child: item, path }];
      for (const member of members) {
        if (member.child !== item) claim(member.child.id, member.path);
        if ('options' in member.child) checkOptionCodes(member.child.id, member.child.options, member.path, report);
      }
    });
  });
  return unique;
}

function checkOptionCodes(itemId: string, options: { code: string }[], path: Path, report: Report): void {
  const codes = new Set<string>();
  options.forEach((option, o) => {
    if (codes.has(option.code)) report([...path, 'options', o, 'code'], `Option code "${option.code}" is used more than once in item "${itemId}"`);
    codes.add(option.code);
  });
}

