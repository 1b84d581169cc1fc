import { describe, expect, it } from 'vitest';
import { extractDocument, loadResources } from '../pipeline.ts';

const resources = loadResources();
const actor1 = (text: string, published: string) => extractDocument({ id: 't', text, published }, resources).events.map((e) => e.actor1);

// [what the case shows, text, publication date, the events' actor1]
const CASES: [string, string, string, string[]][] = [
  // "said soldiers and VDP killed": the doers, named after what the witnesses said.
  ['an actor after a verb of saying that an act follows is the doer', 'The same unit moved to Tangaye on January 29, where witnesses said soldiers and VDP killed 14 people.', '2024-03-12', ['Military Forces of Burkina Faso']],
  // "..., said the army.": the source, told after its words.
  ['an actor after a verb of saying at the end is the source', 'Gunmen attacked a village near Boni on Monday, killing three herders, said the army.', '2024-03-12', ['Unidentified Armed Group (Mali)']],
  // An aside between commas stands between the subject and its verb.
  ['the subject of a passive trigger is the one attacked, past an aside', "La brigade de gendarmerie de Sandaré, dans le cercle de Nioro du Sahel, a été attaquée hier jeudi en fin d'après-midi par des hommes armés, selon des sources locales.", '2025-08-08', ['Unidentified Armed Group (Mali)']],
  ['the subject of a verb of fending off is the one attacked (fr)', "Les FAMa affirment avoir repoussé jeudi une attaque contre leur camp de Léré ; le JNIM a revendiqué l'attaque.", '2024-05-18', ['JNIM: Group for Support of Islam and Muslims']],
  ['the subject of a verb of fending off is the one attacked (en)', 'Nigerien troops repelled an attack by suspected jihadists on their base in Ayorou on Sunday, the army said.', '2024-05-18', ['Unidentified Armed Group (Niger)']],
  // An accusation names whom its accuser blames: the named group after the description.
  ['a group a source accuses of the attack is its doer', "Six civils ont été tués lundi dans l'attaque du hameau peul de Dioungani Saré, dans le cercle de Koro. Une association peule accuse la milice dogon Dan Na Ambassagou d'en être l'auteur.", '2020-02-12', ['Dan Na Ambassagou']],
  // A source that believes a group did the act names its doer, where the act's own words name none.
  ['a group a source attributes the attack to is its doer', "Quatre gendarmes ont été tués lundi dans l'attaque de leur poste à Birni N'Gaouré par des hommes armés. Une source sécuritaire attribue l'attaque à l'État islamique au Sahel, qui multiplie les incursions dans la région depuis des mois.", '2024-01-17', ['Islamic State (Sahel)']],
  ['a group sources believe the attackers belonged to is their group, though no one claimed it (ar)', 'قُتل ستة مدنيين يوم الاثنين في هجوم شنه مسلحون على قرية قرب بلدة بانكيلاري. ولم تتبن أي جهة الهجوم، ورجحت مصادر محلية أن يكون المهاجمون من عناصر تنظيم الدولة.', '2024-01-17', ['Islamic State (Sahel)']],
  ['a group that claims with و on its verb claimed (وتبنت)', 'قُتل ثلاثة جنود يوم السبت حين تعرضت دورية لهجوم قرب دوينتزا. وتبنت جماعة نصرة الإسلام والمسلمين الهجوم في بيان، وقال تنظيم الدولة إنه لا علاقة له به، فيما يتهم تنظيم الدولة الجماعة بالكذب.', '2024-02-05', ['JNIM: Group for Support of Islam and Muslims']],
  ['an escorting army whose own dead are the toll was attacked, not the attacker', "Un convoi de citernes escorté par l'armée malienne et ses alliés russes de l'Africa Corps est tombé samedi dans une embuscade sur la route entre Diéma et Didiéni. Selon un élu, six soldats et trois chauffeurs ont été tués.", '2025-11-03', ['Unidentified Armed Group (Mali)']],
  // A fight both sides join, told in the state's own operation, was the state's to open.
  ['a fight in the state\'s operation is the state\'s (en)', 'A Senegalese soldier was killed on Sunday in fighting with MFDC rebels near Diouloulou, as troops pressed an offensive against rebel bases, the army said.', '2022-02-15', ['Military Forces of Senegal']],
  ['a fight in the state\'s operation is the state\'s (ar, next sentence)', 'قُتل جندي سنغالي يوم الأحد في اشتباك مع عناصر من حركة القوى الديمقراطية في كازامانس قرب ديولولو. وقال الجيش إن الاشتباك وقع خلال عملية تمشيط في المنطقة.', '2022-02-15', ['Military Forces of Senegal']],
  ['the dead of a fight in the state\'s operation are the state\'s fight (fr)', "Un soldat a été tué mardi lors d'une opération de sécurisation menée par l'armée près de Diouloulou ; les militaires ont essuyé des tirs d'éléments du MFDC.", '2022-03-17', ['Military Forces of Senegal']],
  ['an attack an armed group is named the agent of is its own, whatever operation follows (ar)', 'قُتل ثلاثة جنود في هجوم شنّه مسلحون من جماعة نصرة الإسلام والمسلمين فجر الأحد على موقع عسكري في ديبولي. وقال الجيش إن عمليات تمشيط واسعة تجري في المنطقة.', '2025-08-05', ['JNIM: Group for Support of Islam and Muslims']],
  ['an operation on another day is not the fight\'s', 'A Senegalese soldier was killed on Sunday in clashes with MFDC rebels near Diouloulou. On Tuesday the army launched a sweep of the area.', '2022-02-15', ['MFDC: Movement of Democratic Forces of Casamance']],
  ['the subject of a passive trigger is the one attacked', 'La brigade de gendarmerie de Sandaré a été attaquée hier jeudi par des hommes armés.', '2025-08-08', ['Unidentified Armed Group (Mali)']],
  ['a fight with people a patrol tried to stop, told in the next act\'s sentence at the place, is the patrol\'s (en)', 'NIAMEY (AP) — Two Nigerien soldiers and three suspected smugglers were killed in a gunfight near Arlit in the Agadez region, the army said Tuesday.\nA patrol tried to stop a convoy of pickup trucks on Monday about 40 kilometers north of Arlit, and the occupants opened fire, the army said.', '2023-12-12', ['Military Forces of Niger']],
  ['the force a part of which abducted people is the doer, its part told after the verb (ar)', 'اختطفت وحدة من الجيش المالي يوم الجمعة ثلاثة رعاة موريتانيين قرب مدينة باسكنو، وفق أقارب المختطفين.', '2025-04-13', ['Military Forces of Mali']],
  ['a fight with people who refused a unit\'s orders to stop is the unit\'s (ar)', 'أعلنت قيادة الأركان أمس الثلاثاء أن وحدة عسكرية اشتبكت يوم الاثنين مع مهربين مسلحين قرب مدينة أطار، بعد أن رفضوا الامتثال لأوامر التوقف وأطلقوا النار على الدورية.', '2020-02-12', ['Military Forces of Mauritania']],
  ['the force whose post an attack targeted is not its doer (ar)', 'ارتفعت إلى ستة حصيلة قتلى الهجوم الذي استهدف يوم الأحد موقعا لمتطوعي الدفاع عن الوطن في قرية سولي شمالي بوركينا فاسو، حسب ما أعلنه الحاكم. وتبنّت جماعة نصرة الإسلام والمسلمين الهجوم في بيان.', '2022-09-13', ['JNIM: Group for Support of Islam and Muslims']],
  // A fight "between" two sides names the one that opened it first.
  ['a fight between two sides was opened by the first named (ar)', 'أعلن الجيش النيجري مقتل جنديين وخمسة مسلحين، في اشتباك وقع يوم الاثنين بين دورية عسكرية ومجموعة من المهربين المسلحين، على بعد نحو ستين كيلومترا شمال مدينة أرليت.', '2023-03-22', ['Military Forces of Niger']],
  // A series a report sums up and attributes to a group is that group's, when its acts name none.
  ['a series attributed to a group in a summing-up sentence is that group\'s (ar)', 'شهدت منطقة سيكاسو نهاية الأسبوع الماضي سلسلة هجمات نسبتها مصادر أمنية إلى جماعة نصرة الإسلام والمسلمين. ففي يوم السبت، هاجم مسلحون مركزا للدرك في بلدة كاديولو، ما أسفر عن مقتل دركيين اثنين.', '2023-08-08', ['JNIM: Group for Support of Islam and Muslims']],
  ['a blockade a background sentence says a group imposes names no author of the acts', "Le 11 octobre, une patrouille FAMa est tombée dans une embuscade terroriste entre Tindirma et Diré. Ce communiqué intervient alors que Tombouctou vit depuis le mois d'août sous le blocus imposé par le JNIM.", '2023-10-14', ['Unidentified Armed Group (Mali)']],
  // A force intercepting the other side opened the fight, even when those it stopped fired first.
  ['a fight with people a unit intercepted is the unit\'s, though they fired first (ar)', 'أعلن الجيش الموريتاني أن وحدة عسكرية اعترضت يوم الاثنين سيارتين قرب بلدة أكجوجت، بعد أن فتح ركابهما النار على الدورية. وأسفر الاشتباك عن مقتل اثنين من المهربين.', '2020-06-11', ['Military Forces of Mauritania']],
  // A fight both sides joined was opened by the side an attack told after it names as its doer.
  ['a fight both joined was opened by the side a later sentence says attacked (fr)', "Des affrontements entre chasseurs traditionnels dozos et combattants du JNIM ont fait plusieurs morts samedi près de Ténenkou, selon un élu local. Les jihadistes ont attaqué un poste des dozos à l'entrée d'un village de la commune, a-t-il précisé.", '2021-05-12', ['JNIM: Group for Support of Islam and Muslims']],
  ['a fight both joined was opened by the side a later sentence says attacked (en)', 'Fighters from JNIM and the Islamic State clashed on Saturday near Tessit, killing at least nine combatants, local officials said. One official said Islamic State fighters attacked a JNIM camp at dawn.', '2021-05-12', ['Islamic State (Sahel)']],
  // Past the trigger's object, "par" / "by" after a participle of holding names the holder, not the attacker.
  ['the holder of a post attacked is not its attacker (fr)', "Lundi, des hommes armés ont attaqué un poste tenu par des dozos à l'entrée de Dogofri. Quatre dozos ont été tués.", '2021-05-12', ['Unidentified Armed Group (Mali)']],
  ['the holder of a post attacked is not its attacker (en)', 'On Monday gunmen attacked a checkpoint manned by Dozo hunters at the entrance of Dogofri, killing four hunters.', '2021-05-12', ['Unidentified Armed Group (Mali)']],
  // "par" far from a passive trigger, past the day and the place, names the doer; after another participle it is that one's.
  ['the agent of a passive trigger, past the day and the place', "Au moins neuf hommes ont été exécutés mardi à Somadougou, dans le cercle de Mopti, par des militaires maliens accompagnés de supplétifs russes de l'Africa Corps, selon des témoins.", '2025-09-11', ['Military Forces of Mali']],
  ['an agent of another participle is not the doer', "Samedi, des combattants du JNIM ont attaqué un poste de contrôle tenu par les chasseurs dozos de Dan Na Ambassagou près de Kani-Bonzon.", '2025-05-19', ['JNIM: Group for Support of Islam and Muslims']],
  ['an agent of another participle is not the doer', 'At least 7 were killed when GATIA (supported by unnamed allies) and the MNLA (supported by the MAA) clashed near Gao.', '2014-10-25', ['GATIA: Imghad Tuareg and Allies Self-Defense Group']],
  ['a militia that finds a cache found it, whoever it handed it to', "Le même jour, à Yargatenga, des VDP ont découvert une cache contenant des fusils d'assaut et trois engins explosifs, qui ont été remis à la brigade de gendarmerie.", '2024-02-19', ['VDP: Volunteers for the Defense of the Homeland']],
  ['an armed group named near a base a unit dismantled is not its doer', "Mercredi, une unité a démantelé une base abandonnée du MFDC près de Kabadio, où elle a saisi des armes.", '2022-03-17', ['Military Forces of Senegal']],
  ['an armed group named as the agent of arrests made them', 'Twenty women were arrested by Ansar Dine fighters in Timbuktu on Saturday for their dress.', '2012-10-22', ['Ansar Dine']],
  ['a militia of the registry is its doer', 'On May 16, Ganda Koy militiamen shot dead a civilian at a checkpoint in Dire.', '2019-05-20', ['Gandakoy Ethnic Militia (Mali)']],
  // ACLED codes the Islamic State in Niger's Diffa region as its West Africa Province.
  ['a group is coded by the region it acts in', "Des combattants de l'État islamique ont attaqué lundi un poste de l'armée à Diffa, tuant cinq soldats.", '2024-06-18', ['Islamic State West Africa Province']],
  ['a group is coded by the region it acts in', "Des combattants de l'État islamique ont attaqué lundi un poste de l'armée à Téra, tuant cinq soldats.", '2024-06-18', ['Islamic State (Sahel)']],
  // Arrests and seized or defused weapons are the state's acts.
  ['an armed group named beside an arrest is not its doer', "La brigade de gendarmerie de Kita a interpellé mercredi cinq personnes soupçonnées de fournir du carburant à des groupes armés.", '2025-06-20', ['Police Forces of Mali']],
  ['a device defused by an unnamed unit is the army\'s', 'COMMUNIQUÉ DU MINISTÈRE DE LA DÉFENSE NATIONALE\nLe samedi 10 décembre 2022, une patrouille de reconnaissance a détecté et détruit un engin explosif improvisé près de Tillia.', '2022-12-12', ['Military Forces of Niger']],
  ['an arrest by an unnamed force is the police\'s', 'Trois hommes ont été interpellés lundi à Kayes pour complicité présumée avec des groupes armés.', '2025-06-20', ['Police Forces of Mali']],
  // Only states fly: a strike's doer is a state, the one its own adjective names.
  ['an air strike no one is named for is the army\'s, not the militants it killed', 'Airstrikes killed five militants near Kona on Monday, residents said.', '2024-03-12', ['Military Forces of Mali']],
  ['an air strike\'s adjective names its state (en)', 'French airstrikes killed four fighters near Kona on Monday, residents said.', '2013-01-30', ['Military Forces of France']],
  ['an air strike\'s adjective names its state (fr)', "Une frappe de drone malienne a tué cinq personnes lors d'un mariage à Kidal lundi, selon des habitants.", '2024-03-12', ['Military Forces of Mali']],
  ['an air strike\'s adjective names its state (ar)', 'قتل خمسة أشخاص في غارة بطائرة مسيرة مالية على حفل زفاف في كيدال يوم الاثنين.', '2024-03-12', ['Military Forces of Mali']],
  ['the group an air strike was aimed at is not its doer', "Le dimanche 3 mars, après des renseignements signalant un rassemblement de terroristes près de Diafarabé, l'aviation a mené une frappe qui a détruit leur matériel.", '2024-03-05', ['Military Forces of Mali']],
  // A force that announces a taking in a noun right after its name took the town.
  ['a force announcing a town retaken retook it (ar)', 'أعلن جيش بوركينا فاسو، أمس الأحد، استعادة السيطرة على بلدة بوتو بعد يومين من المعارك مع عناصر جماعة نصرة الإسلام والمسلمين.', '2023-11-13', ['Military Forces of Burkina Faso']],
  ['a force announcing a town retaken retook it (fr)', "L'armée burkinabè a annoncé dimanche la reprise de Botou après deux jours de combats contre le JNIM.", '2023-11-13', ['Military Forces of Burkina Faso']],
  ['a group announcing that a drone struck reports another\'s act', 'أعلنت جبهة تحرير أزواد أن طائرة مسيرة تابعة للجيش المالي قصفت مساء الأحد تجمعا لمقاتليها قرب تين زاواتين.', '2025-03-18', ['Military Forces of Mali']],
  // An Arabic fight's verb, then a part of a force and the force: the force is its subject.
  ['a patrol of the army after a fight\'s verb is its subject', 'وفي اليوم التالي، اشتبكت دورية من الجيش تعقبت المسلحين معهم قرب بلدة مادارونفا، ما أسفر عن مقتل أربعة منهم.', '2022-07-19', ['Military Forces of Niger']],
  // The people counted among the dead were attacked: no doer when no other side is named.
  ['members of a militia killed in an attack are its target', "Quatre membres de la milice dogon Dan Na Ambassagou ont été tués mardi lors de l'attaque d'un de leurs postes de contrôle à l'entrée de Sangha.", '2019-12-12', ['Unidentified Armed Group (Mali)']],
  // Words that say no one knows who did it: the group named for another act is not its author.
  ['an act whose author is unknown is an unidentified group\'s', 'JNIM claimed on Monday an attack on a gendarmerie post in Mangodara. On Sunday, militants fired several mortar rounds at a military camp in Niangoloko. It was not immediately clear who was behind the shelling.', '2022-04-05', ['JNIM: Group for Support of Islam and Muslims', 'Unidentified Armed Group (Burkina Faso)']],
  // Groups named as active in the area are the area's, not the author of its acts.
  ['groups named as active in the area are not an act\'s author (en)', 'Three soldiers were killed when an IED hit a patrol near Tiloa on Sunday. The ministry did not say who planted the device, but the Islamic State in the Sahel and JNIM are both active in the area.', '2024-06-05', ['Unidentified Armed Group (Niger)']],
  ['groups named as active in the area are not an act\'s author (ar)', 'قتل ثلاثة جنود في انفجار عبوة ناسفة استهدفت دورية عسكرية قرب تيلوا يوم الأحد. ولم تحدد الوزارة الجهة المسؤولة عن زرع العبوة، غير أن تنظيم الدولة – ولاية الساحل وجماعة نصرة الإسلام والمسلمين ينشطان في المنطقة.', '2024-06-05', ['Unidentified Armed Group (Niger)']],
  ['people counted after an Arabic count were attacked, not the attackers', 'قُتل ١٢ من الجنود ومتطوعي الدفاع عن الوطن في هجوم استهدف مفرزة عسكرية في بلدة تيتابي ليلة السبت إلى الأحد.', '2023-02-20', ['Unidentified Armed Group (Burkina Faso)']],
  ['a force named before a pause and a word of saying is no source', "Des milliers de personnes ont exigé samedi le départ des troupes françaises. Par ailleurs, un acteur de la société civile a été interpellé lundi à Agadez par la police judiciaire, selon ses proches.", '2023-09-19', ['Police Forces of Niger']],
];

describe('actor roles', () => {
  it.each(CASES)('%s: %s', (_what, text, published, expected) => {
    expect(actor1(text, published)).toEqual(expected);
  });

  it('takes a force "supported by" the doer as its ally, not the other side (مدعومة ب)', () => {
    const text = 'دخلت وحدات من الجيش المالي، مدعومة بعناصر من مجموعة فاغنر، يوم الخميس بلدة تين إساكو في منطقة كيدال من دون قتال، بعد انسحاب مقاتلي جبهة تحرير أزواد منها خلال الليل.';
    const events = extractDocument({ id: 't', text, published: '2025-02-21' }, resources).events;
    expect(events.map((e) => e.actor2)).toEqual(['FLA: Azawad Liberation Front']);
  });

  it('takes a description named right before a group as that group ("la milice dogon Dan Na Ambassagou")', () => {
    const events = extractDocument({ id: 't', text: "Des hommes armés ont attaqué mardi la milice dogon Dan Na Ambassagou à Sangha.", published: '2019-12-12' }, resources).events;
    expect(events.map((e) => e.actor2)).toEqual(['Dan Na Ambassagou']);
  });

  it('takes armed men a report does not name as its jihadist group, not as the militia it names more often', () => {
    const text =
      "Des chasseurs dozos et des hommes armés se sont affrontés mardi à Sama, dans le cercle de Ségou. Selon un notable, les assaillants, qui se réclament de la katiba Macina, ont attaqué un poste des dozos à l'entrée du village. Six dozos et deux assaillants ont été tués. Les dozos contrôlent la zone depuis 2019.";
    const events = extractDocument({ id: 't', text, published: '2021-06-10' }, resources).events;
    // The assailants, who attacked the dozos' post, opened the fight.
    expect(events.map((e) => [e.actor1, e.actor2])).toEqual([['JNIM: Group for Support of Islam and Muslims', 'Dozo Communal Militia (Mali)']]);
  });
});
