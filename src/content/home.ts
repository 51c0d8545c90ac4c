import type { ResolvedPage } from './advice-pages.ts';
import type { AdviceFrontmatter } from './schema.ts';

/** The home page starts from what people need, not from how the council is organised. */
export const homeNeeds = [
  { slug: 'ask-for-help', label: 'home.need.help', hint: 'home.need.help.hint' },
  { slug: 'carers', label: 'home.need.carer', hint: 'home.need.carer.hint' },
  { slug: 'paying-for-care', label: 'home.need.money', hint: 'home.need.money.hint' },
  { slug: 'keeping-safe', label: 'home.need.safe', hint: 'home.need.safe.hint' },
  { slug: 'urgent-help', label: 'home.need.urgent', hint: 'home.need.urgent.hint' },
  { slug: 'figures', label: 'home.need.figures', hint: 'home.need.figures.hint' },
] as const;

export const topicOrder: AdviceFrontmatter['topic'][] = [
  'get-help', 'carers', 'money', 'urgent', 'safe', 'living', 'conditions', 'have-your-say', 'about',
];

/** Plain pages grouped under their home-page topic, topics in a fixed order, empty ones left out. */
export function groupByTopic<P extends Pick<ResolvedPage<'advice'>, 'english'>>(pages: P[]) {
  return topicOrder
    .map((topic) => ({ topic, pages: pages.filter((p) => p.english.data.topic === topic) }))
    .filter((g) => g.pages.length > 0);
}
