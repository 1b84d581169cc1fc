import { describe, expect, it } from 'vitest';
import { normalise } from '../text/normalise.ts';
import { tokenise } from '../text/tokenise.ts';
import { splitSentences } from '../text/sentences.ts';
import { findFigures } from '../figures/find-figures.ts';
import type { Lang } from '../types.ts';
import { countFatalities, toClaims } from './fatalities.ts';

function fatalities(text: string, lang: Lang): number {
  const norm = normalise(text);
  const figures = findFigures({ doc: { id: 't', text }, lang, norm, tokens: tokenise(norm), sentences: splitSentences(text) });
  return countFatalities(figures).value;
}

/** A report, its language and ACLED's conservative toll. Written for sahelwatch. */
const CASES: [string, Lang, number][] = [
  ['JNIM said it killed 14 soldiers. The army said three soldiers died.', 'en', 3],
  ['Eight soldiers and three VDP were killed.', 'en', 11],
  ['Gunmen killed a father and his two sons.', 'en', 3],
  ['At least 12 people were killed, including four soldiers.', 'en', 12],
  // People told after the kinds of dead, as many or more, are another version of the same dead.
  ['Gunmen attacked a VDP post at the market, killing five volunteers and two traders, the governor said. Residents said at least nine people died.', 'en', 7],
  // A part of a total told again higher by the other side is the same dead: the total stands.
  ["Sept personnes, dont cinq soldats et deux commerçants, ont été tuées mardi. Le JNIM affirme avoir tué une vingtaine de soldats.", 'fr', 7],
  ['Nine people, including six soldiers and three traders, were killed. JNIM said it had killed 25 soldiers.', 'en', 9],
  ['The attack killed four civilians (three herders and one trader).', 'en', 4],
  ["Le bilan s'est alourdi à 23 morts. Un premier bilan faisait état de 20 tués.", 'fr', 23],
  ['Women marched in Gao in protest against the killing of three young men.', 'en', 0],
  ['The army said it had "neutralised" 20 terrorists.', 'en', 0],
  ['Twelve soldiers were killed; JNIM acknowledged two dead in its ranks.', 'en', 14],
  ['Twelve civilians killed in Firgoun. At least twelve people were killed on Friday, local sources said.', 'en', 12],
  ["Huit passagers d'un car exécutés près de Titao.\nLes assaillants ont exécuté huit hommes, selon des sources locales.", 'fr', 8],
  ['Gunmen killed five women and five children in the village.', 'en', 10],
  ['Jihadists overran the base, killing at least 15 soldiers, security sources said. "At least 15 of our men were killed," the source said.', 'en', 15],
  ['Twelve soldiers were killed in the attack. The army said its troops killed twelve assailants.', 'en', 24],
  // An armed group's own count of whom it killed is the others' dead told again, under its own names.
  ['Six Dozo hunters and two herders were killed, local sources said. JNIM said it had killed 30 militiamen.', 'en', 8],
  ['Five soldiers were killed, the army said. JNIM said it lost two fighters.', 'en', 7],
  // An Arabic revised toll, and one of two children
  ['قُتل خمسة رعاة يوم الأحد. وقال أحد الأقارب إن أحد الطفلين توفي أمس، ليرتفع عدد القتلى إلى ستة.', 'ar', 6],
  ['قُتل ستة من المتطوعين. ومساء الثلاثاء ارتفعت حصيلة القتلى إلى تسعة.', 'ar', 9],
  // « un septième »: one more
  ['Six VDP sont tombés au cours des combats. Un septième, grièvement blessé, a succombé dimanche.', 'fr', 7],
  // A total with no side told before its parts of two sides; a toll of no side told after them is a third toll
  ['Des chasseurs attaqués à Dano, six morts.\nQuatre chasseurs traditionnels ont été tués lundi. Les chasseurs ont abattu deux assaillants.', 'fr', 6],
  ['Quatre chasseurs et deux civils ont été tués dimanche. Les assaillants ont laissé six corps sur le terrain.', 'fr', 12],
  // Others and "of them" are more people; a revised total replaces the counts before it
  ["Dans la soirée, les habitants ont dénombré douze corps. Le lendemain, des équipes ont retrouvé cinq autres corps en brousse.", 'fr', 17],
  // Men and people counted in two sentences are one toll told twice; "two more people" are more
  ['Soldiers executed at least eight men at the market. Residents compiled a list of 12 people they said were killed.', 'en', 8],
  ['Gunmen shot dead five men on the road. They also killed two more people at a nearby camp.', 'en', 7],
  // People told in another sentence are the one kind of civilians the report counts, told again
  ['Gunmen killed 12 villagers in Tinkare on Monday, a local official said. Residents said 15 people died.', 'en', 12],
  // A toll told again by its parts, in a sentence of its own; girls and old men are people counted
  ["Deux civils ont été tués dimanche soir à Tessit par des obus. Un obus a frappé une concession, tuant un vieillard et une fillette.", 'fr', 2],
  ['Two civilians were killed by shells in Tessit on Sunday. One shell hit a house, killing an old man and an infant.', 'en', 2],
  // A death the day before is the cause of a riot
  ["Des jeunes ont barricadé la route au lendemain de la mort d'un adolescent percuté par un camion.", 'fr', 0],
  // Someone's relatives told after a larger toll are among its dead
  ['Gunmen killed 14 civilians at the market in Tamou on Sunday. "We buried 17 people," said one man who lost two brothers in the attack.', 'en', 14],
  // A list's counts told under its last figure word, with the parts of one of them
  ['The leader said six hunters and two civilians, an old man and a boy, were killed in Sokolo.', 'en', 8],
  // Arabic "seven of them" (the attackers) are people of no side, added to the soldiers
  ['قالت الوزارة إن جنديين قُتلا في الهجوم على بوسو. وأوضحت أن القوات ردت على المهاجمين، ما أدى إلى مقتل سبعة منهم.', 'ar', 9],
  // A stated zero says who did not die; a death told after a cause word is the cause
  ['Fighters of two groups clashed near Ber; no casualties were reported among the fighting parties, but at least two civilians were killed in the crossfire.', 'en', 2],
  ['Angry residents ransacked the gendarmerie post in Pissila on Sunday after a local trader died in custody, officials said. No one was hurt in the unrest.', 'en', 0],
  // One of the wounded who died later
  ['Gunmen attacked the camp in Douentza, severely wounding a Chadian peacekeeper who succumbed to his wounds two weeks later.', 'en', 1],
  ['Les assaillants ont blessé un casque bleu qui a succombé à ses blessures.', 'fr', 1],
  // A headline's "found dead"
  ['Gendarmerie commander abducted near Nara and his driver found dead.', 'en', 1],
  // A total over several acts told apart; someone's relatives are never the whole toll
  ['Gunmen killed at least 19 civilians in two attacks on villages in Sourou province on Monday and Tuesday, officials said.', 'en', 0],
  ['قتل مسلحون ١٩ مدنيا على الأقل في هجومين على قريتين.', 'ar', 0],
  ['A spokesman said nine people had been killed in the village. "They came in the afternoon," said a resident who lost two cousins.', 'en', 9],
  // Men beside one kind of civilians are those civilians: a toll told with no noun is theirs, told again
  ["Cercle de Bankass : cinq civils tués à Korolou. Cinq hommes peuls ont été tués vendredi à Korolou. L'association avance pour sa part le chiffre de huit morts.", 'fr', 5],
  // Bodies the attackers left behind are theirs
  ["Deux gendarmes ont été tués lors de l'attaque du poste de Tama. Les assaillants ont été repoussés et ont abandonné trois corps sur le terrain.", 'fr', 5],
  ['Two soldiers were killed in the attack on the post. The attackers fled, leaving behind three bodies.', 'en', 5],
  // « Leur chauffeur » is one person
  ["Quatre ressortissants chinois ont été enlevés mardi près de Kéniéba. Leur chauffeur, un Malien d'une trentaine d'années, a été abattu alors qu'il tentait de faire demi-tour.", 'fr', 1],
  // A revised toll's figure word is the one nearest its count
  ['Trois gendarmes ont été tués sur le coup. Le bilan a été revu à la hausse : deux des quatre blessés évacués vers Ouahigouya ont succombé, portant à cinq le nombre de gendarmes tués.', 'fr', 5],
  // A revised total is weighed against an armed group's claim after it replaces what came before
  ['Militants attacked a Dozo village on Sunday, killing five hunters and two civilians, and three more bodies were found on Tuesday, bringing the death toll to 10. JNIM said it had killed 15 militiamen.', 'en', 10],
  // Arabic: the toll rose to eight, the number told before 'حصيلة قتلى'
  ['ارتفعت إلى ثمانية حصيلة قتلى الهجوم على موقع للمتطوعين في قرية باني، بعد وفاة ثلاثة من الجرحى متأثرين بإصاباتهم. وكان الحاكم قد أعلن مقتل خمسة من المتطوعين.', 'ar', 8],
  // Words after a count that look back at an earlier toll revise it
  ['A car bomb at a checkpoint near Kaya has killed five soldiers, the army said Sunday, raising an earlier toll after two wounded soldiers died. Three soldiers were killed instantly, the army said in a first statement. The bomber was also killed.', 'en', 6],
  ["L'attaque du poste de Dori a fait sept morts parmi les soldats, contre un premier bilan de quatre. Quatre soldats avaient été tués sur le coup, selon l'armée.", 'fr', 7],
  // "members of a local militia" and the list after them; the people who said it are no victims
  ['Islamist militants attacked a Dogon village on Sunday, killing five members of a local militia and two civilians, the militia said.', 'en', 7],
  // Bombers who blew themselves up are dead too
  ['Two female suicide bombers blew themselves up at the market in Bosso on Friday, killing four civilians, officials said.', 'en', 6],
  // A range counts its lower end; "no one died" is a zero, not one dead
  ['A Malian army convoy was attacked near Diabaly: 6-8 killed, 4 wounded.', 'en', 6],
  ['Between 10 and 15 civilians were killed in the raid.', 'en', 10],
  ['Entre 10 et 15 civils ont été tués lors du raid.', 'fr', 10],
  ['Five or six people were killed.', 'en', 5],
  ['Gunmen killed 5 civilians and 3 soldiers.', 'en', 8],
  ['A grenade was thrown at the building. No one died in the explosion.', 'en', 0],
  // People detained and then executed: the pronoun tells the count before again
  ['Malian soldiers arrested nine members of the Fulani community in Diafarabé and subsequently executed them near the river.', 'en', 9],
  ['Dozo militiamen abducted four Fulani men in the village of Sewere, they were executed a few kilometers away.', 'en', 4],
  ['اختطف مسلحون خمسة رعاة قرب القرية ثم أعدموهم.', 'ar', 5],
  ['Des hommes armés ont enlevé trois bergers avant de les exécuter.', 'fr', 3],
  // A headline's bare noun past a qualifier
  ['Alleged jihadist commander killed by national guards last night near Djenné.', 'en', 1],
  // Arabic: the bomber who blew herself up, met her death or was killed, told once
  ['قُتل أربعة مدنيين أمس عندما فجرت انتحارية نفسها وسط السوق الأسبوعية في قرية بوسو.', 'ar', 5],
  ['قُتل أربعة مدنيين في التفجير. ولقيت منفذة الهجوم حتفها.', 'ar', 5],
  ['قُتل ثلاثة جنود عندما فجّر انتحاري سيارة مفخخة. وأوضحت المصادر أن منفذ الهجوم قُتل في الانفجار.', 'ar', 4],
  ['فجرت انتحارية نفسها في سوق القرية، ما أسفر عن مقتلها ومقتل ثلاثة مدنيين.', 'ar', 4],
  // A corpse found is one dead, unless it is the one just named; the corpses of those arrested are theirs
  ['Presumed militants abducted a tribal chief in Takrouzat, the corpse was later found in the area of Tigalalen.', 'en', 1],
  ['Suspected militiamen assassinated the mayor of Wadouba, the corpse was found 10km from the village.', 'en', 1],
  ['The army arrested six individuals in the village of Dogo, the corpses of those arrested were found in a mass grave three days later.', 'en', 6],
  ['A suicide bomber blew himself up at the checkpoint, killing one soldier.', 'en', 2],
  // People detained and later executed; 'were reported killed'
  ['Five men from the village were detained and later executed by soldiers near Yirma.', 'en', 5],
  ['Three soldiers were reported killed in the ambush.', 'en', 3],
  // Arabic 'توفي' first, when and where, then its one subject
  ['توفي صباح الأحد شاب في العشرينات من عمره متأثرا بجروح أصيب بها مساء السبت.', 'ar', 1],
  // A bomber who detonated his explosives is dead too; a joined count past a long militia name
  ['A suicide bomber detonated his explosives at the checkpoint, killing two soldiers.', 'en', 3],
  ['قُتل ثلاثة جنود. وقال المصدر إن انتحاريا فجّر سيارته عند المدخل الرئيسي للمعسكر.', 'ar', 4],
  ['قُتل سبعة من عناصر ميليشيا دان نا أمباساغو الدوغونية ومدنيان اثنان في هجوم على القرية.', 'ar', 9],
  // Two leaders killed among the 'neutralised': the neutralised are no dead, the two are
  ['نفذت القوات الجوية ضربات على تجمع للإرهابيين، ما أدى إلى تحييد نحو عشرين إرهابيا، بينهم قياديان قُتلا في الضربة.', 'ar', 2],
  // The two bombers, a dual with the article
  ['قالت مصادر عسكرية إن أربعة جنود قُتلوا وأصيب أحد عشر آخرون، إضافة إلى مقتل الانتحاريين.', 'ar', 6],
  // Past a semicolon, people counted nearer the figure word are its own
  ['The soldiers executed eight men. HRW documented the names of eight victims; residents compiled a list of 12 people they said were killed.', 'en', 8],
  ["Dans la soirée, les habitants ont dénombré douze corps. Le lendemain, des équipes ont retrouvé cinq autres corps, portant le bilan à 17 morts.", 'fr', 17],
  ["Un soldat a été tué. Les soldats ont riposté. Trois d'entre eux ont été abattus.", 'fr', 4],
  ['NIAMEY, June 13 (Reuters) - The death toll from an attack by gunmen on an informal gold mining site in southwestern Niger has risen to 18, the regional governor said on Saturday, after rescuers recovered bodies from the mining pits. The governor had initially said 11 people were killed.', 'en', 18],
  // Two people of one side told one by one; an age is no toll; the next clause's source is not this toll's
  ['A 12-year-old boy died at the scene. His sister, aged nine, died in hospital in Gao the following morning.', 'en', 2],
  ['The regional governor put the toll at eight dead; residents told Reuters 12 people had been killed.', 'en', 8],
  ['On July 16, Dozos killed two young Fulani herders (a third managed to escape) in Tiena.', 'en', 2],
  ['The assassination of a Dogon hunter prompted reprisals. A resident speaks of carnage and a number of deaths close to 80.', 'en', 1],
  ["Un soldat a été tué sur le coup. La Dirpa précise qu'un second soldat, grièvement blessé mardi, a succombé à ses blessures mercredi.", 'fr', 2],
  // Arabic: a toll that reaches a number ('بلغ'), and those among the dead told after it
  ['قُتل ستة مدنيين يوم الجمعة. وقالت الجمعية إن عدد القتلى بلغ تسعة، بينهم امرأتان وطفل.', 'ar', 6],
  ['قال سكان إن أحد عشر مدنيا قُتلوا مساء السبت. وقال أحد الأقارب إن بين القتلى ثلاث نساء وطفلين.', 'ar', 11],
  ["Des commerçants les ont rattrapés et roués de coups. L'un d'eux a succombé sur place ; le second a rendu l'âme lors de son évacuation.", 'fr', 2],
  // A death told as the cause of what follows is no toll of it
  ["Sindia : la mort d'un jeune en garde à vue provoque des affrontements.\nDes jeunes ont affronté les gendarmes, dont ils accusent des agents d'être responsables de la mort, la semaine dernière, d'un jeune homme.", 'fr', 0],
  ['The assassination of a Dogon hunter by a Fulani prompted reprisals against Fulani.', 'en', 1],
  // People named by a name alone, or by a role of no side, are tolls of their own; told again, one toll.
  ['1 Chadian killed, 6 Islamists killed and 5 arrested.', 'en', 7],
  ['4 MNLA dead, 2 injured. 5 Al Qaeda dead, one captured.', 'en', 9],
  ['Gunmen killed a commander and his bodyguard.', 'en', 2],
  ['A suicide bomber blew himself up at the gate, killing three soldiers.', 'en', 4],
  ['Deux agents tués à Kadiolo.\nDes hommes armés ont attaqué le poste, tuant deux policiers.', 'fr', 2],
  // The attackers are not the fighters of the side attacked: two tolls, not one told twice.
  ['Four MSA fighters were killed in the clash. The MSA said it killed nine of the attackers.', 'en', 13],
];

describe('countFatalities', () => {
  it.each(CASES)('%s', (text, lang, expected) => {
    expect(fatalities(text, lang)).toBe(expected);
  });

  it('keeps every figure as a claim, the ones it does not count too', () => {
    const text = 'Women marched in protest against the killing of three men. The army said it had neutralised 20 terrorists.';
    const norm = normalise(text);
    const figures = findFigures({ doc: { id: 't', text }, lang: 'en', norm, tokens: tokenise(norm), sentences: splitSentences(text) });
    expect(toClaims(figures).map((c) => [c.kind, c.value, c.claimed_by])).toEqual([
      ['killed', 3, 'report'],
      ['neutralised', 20, 'army'],
    ]);
  });
});
