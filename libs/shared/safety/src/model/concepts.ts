import type { Token } from '../analysis/analyse';

/**
 * Word classes the classifier sees besides the words themselves, so what it learns about one member of
 * a class ("rope") carries to the others ("belt", "cord") and to new combinations ("me" + a means + a
 * time). They are the concepts the frames are made of: who, an intent or act, a means, a place, a time.
 */
const CLASSES: Readonly<Record<string, string>> = {
  SELF: "i i'm im i've ive i'll ill i'd me my myself mine",
  OTHER:
    'he she him her his himself herself son daughter wife husband partner friend brother sister mom mum mother dad father boyfriend girlfriend teen teenager kid child',
  DIE: 'die dying died dead death suicide suicidal unalive unaliving kms ctb sewerslide kill killing killed end ending gone exist existing alive live living life lifes',
  HARM: 'cut cutting cuts burn burning burns hurt hurting harm harming hit hitting punch punching bleed bleeding blood scratch scratching carve bruise bruises wound wounds scar scars',
  MEANS:
    'pill pills meds medication rope noose belt cord gun pistol rifle shotgun bullet bullets knife blade blades razor razors bottle overdose od lithium insulin tylenol paracetamol acetaminophen oxy sleeping charcoal helium bag hose',
  PLACE:
    'bridge roof rooftop ledge edge cliff cliffs tracks train railway overpass balcony river sea ocean lake water garage parking highway jump jumping',
  TIME: 'tonight tonite tomorrow tmrw today now soon weekend friday saturday sunday monday tuesday wednesday thursday midnight morning hour hours minutes',
  WANT: 'want wanna wish hope plan planning planned going gonna ready need decide decided rather intend will would',
  FAREWELL:
    'goodbye bye farewell letter letters note notes sorry forgive thank thanks miss love remember last final',
  HOPELESS:
    'hopeless pointless point nothing never empty trapped numb worthless useless tired exhausted done over anymore forever stuck',
  BURDEN: 'burden better without around gone easier happier relieved waste space cost',
  PAST: 'used ago was were clean recovered recovery remission since then before anniversary survived',
  TREAT:
    'ketamine spravato esketamine infusion infusions clinic session sessions dose doses nurse psychiatrist therapist treatment booster',
  REPORT: 'say said says tell told tells text texted admit admitted keep keeps talk talking',
  STORY:
    'book movie film character novel show series episode song poem article study studies research paper trial news',
};

const CLASS_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(CLASSES).flatMap(([name, list]) =>
    list.split(' ').map((w) => [w, name] as [string, string]),
  ),
);

/** The class of a token (by its lower-case form, then its lemma), or undefined. */
export function conceptOf(token: Token): string | undefined {
  return CLASS_OF.get(token.normal) ?? CLASS_OF.get(token.lemma);
}
