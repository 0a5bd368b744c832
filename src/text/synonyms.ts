import { termOf } from "./terms.js";

/**
 * Words of general news English that reporters use for the same event or act. A question's word
 * also finds its group's other words, at a reduced weight. Only general vocabulary belongs here,
 * never names of people, places or stories.
 */
const GROUPS: readonly string[] = [
  "die died dead death deaths kill killed killing fatalities fatal casualties perish toll",
  "mediate mediated mediator mediators broker brokered arrange arranged negotiate negotiated coordinate coordinated facilitate intermediary",
  "arrive arrived arrival land landed landing",
  "resign resigned resignation quit abdicate",
  "arrest arrested detain detained detention custody apprehend jail jailed imprison",
  "speak spoke talk talks conversation discuss discussed telephone phone",
  "say said state statement declare announce announced remark",
  "protest protests protesters demonstration demonstrators rally riot riots unrest uprising blockade",
  "flee fled escape escaped leave left depart departure exit",
  "asylum refuge sanctuary",
  "brother sibling",
  "injure injured injury injuries wound wounded hurt",
  "care concern interest keen stake",
  "elect election vote ballot poll",
  "attack assault raid strike",
  "shoot shot shooting gunfire fire",
  "meet meeting summit",
  "oppose opposed reject rejected refuse refused",
  "accuse accused charge charged blame blamed allege alleged",
  "trial court prosecute prosecution",
  "guarantee guaranteed assure assurance promise pledge pledged vow vowed",
  "aid assistance help loan",
  "troops soldiers military army forces",
  "begin began start started launch erupt",
  "agree agreed agreement deal accord pact",
  "investigate investigation probe inquiry prosecutor prosecutors",
  "warn warned warning threaten threatened",
  "warn warned warning complain complained complaint alert alerted alarm",
  "oust ousted depose deposed overthrow overthrown topple toppled",
  "leader head chief",
  "far distance kilometers km miles apart",
  "deep depth",
  "long length",
  "high height",
  "wide width",
  "old age",
  "wanted seek sought search hunt",
  "money funds cash dollars compensation compensate payout",
  "pay paid payment compensation compensate fund funded funding finance financed financing",
  "corruption bribery graft",
  "increase rise rose grow surge",
  "decrease fall fell drop decline",
  "broken faulty defective malfunction malfunctioning damaged",
  "detector sensor",
  "own owned owner operate operated operator run",
  "slow slowed delay delayed hamper hampered hinder hindered impede complicate",
  "survive survived survivor survivors alive",
  "cause caused trigger triggered spark sparked ignite ignited",
  "explosion blast explode exploded",
  "accident disaster incident tragedy catastrophe",
  "family families relative relatives",
  "wife widow",
  "mourn mourning grief",
  "company firm",
  "inspect inspection inspections inspector inspectors audit",
  "hospital hospitalized",
  "previous earlier prior past",
  "get receive obtain",
];

/** Term -> the other terms of its groups. */
export function buildSynonyms(): Map<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of GROUPS) {
    const terms = [
      ...new Set(
        group
          .split(" ")
          .map(termOf)
          .filter((t) => t !== ""),
      ),
    ];
    for (const t of terms) {
      const set = map.get(t) ?? new Set<string>();
      for (const u of terms) if (u !== t) set.add(u);
      map.set(t, set);
    }
  }
  return new Map([...map].map(([k, v]) => [k, [...v]]));
}

let cached: Map<string, string[]> | undefined;

/** The other terms that a question's term also finds (empty when it has none). */
export function synonymsOf(term: string): readonly string[] {
  cached ??= buildSynonyms();
  return cached.get(term) ?? [];
}
