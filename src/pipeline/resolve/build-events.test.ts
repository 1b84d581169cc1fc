import { describe, expect, it } from 'vitest';

/** The events extracted from one report, as `extract` codes them. */
async function eventsOf(text: string, published: string) {
  const { extractDocument, loadResources } = await import('../pipeline.ts');
  return extractDocument({ id: 't', text, published }, loadResources()).events;
}

describe('fatalities of a report with one event', () => {
  it('leave out a toll of years told in the report', async () => {
    const text = "OUAGADOUGOU, June 12 (AFP) - Suspected jihadists kidnapped two farmers in north-western Burkina Faso on Thursday after villagers foiled their attempt to seize a local councillor, and on Friday attacked a gendarmerie post in the same region, killing two gendarmes, security and local sources said.\nIn Lankoué, in Sourou province, armed men on motorbikes surrounded the councillor's house at dawn, but residents raised the alarm and the official escaped through a back door, a relative told AFP. The gunmen then seized two farmers in their fields at the edge of the village and took them away.\nOn Friday afternoon, dozens of assailants attacked the gendarmerie post in Tansila, in Banwa province, about 200 km to the south-west. Two gendarmes were killed and three wounded, a security source said, adding that \"six terrorists were neutralised\" and that air support was called in. A later army statement said the six attackers had been \"killed.\"\nBurkina Faso has been battling jihadist insurgencies linked to al-Qaeda and the Islamic State group since 2015. The violence has killed thousands and displaced more than a million people.";
    const events = await eventsOf(text, '2021-06-12');
    expect(events.map((e) => e.fatalities)).toEqual([8]);
  });

  it('leave out the zero of an act recalled in a sentence of its own', async () => {
    const text = "Trois civils, dont une fillette, ont été tués dimanche après-midi par des obus tirés sur le village d'Arnassey, selon des sources locales. Les tirs ont touché plusieurs habitations. Il y a trois jours, des tirs similaires avaient visé l'aéroport de Tombouctou sans faire de victimes.";
    const events = await eventsOf(text, '2023-09-12');
    expect(events.map((e) => [e.location, e.fatalities])).toEqual([['Arnassey', 3]]);
  });
});

describe('fatalities of a report with several events', () => {
  it('go to the act their sentence names by its kind, not to the act told last', async () => {
    const text = "NIAMEY (Reuters) - Twelve Nigerien soldiers were killed when militants ambushed a patrol near Bankilaré in the Tillaberi region on Tuesday, the defence ministry said.\nThe ministry said the patrol was attacked by dozens of gunmen on motorbikes. Eight soldiers were wounded.\nOn Wednesday, army drones struck fighters fleeing toward the border near Bankilaré, killing 15 militants, the ministry said.\nThe Islamic State claimed the ambush through its Amaq agency, saying it had killed 30 soldiers.";
    const events = await eventsOf(text, '2024-03-14');
    expect(events.map((e) => [e.sub_event_type, e.fatalities])).toEqual([['Armed clash', 12], ['Air/drone strike', 15]]);
  });

  it("take a lead's toll told at the region into the one town's, when both count the same side", async () => {
    const text = "BAMAKO (AP) — Islamic State fighters attacked a camp of a Tuareg armed group in Mali's Menaka region on Sunday, killing five of its fighters, the group said Monday.\nA spokesman for the group said its fighters repelled the assault on their position at Inékar, west of Menaka, and killed eight attackers. The Islamic State said through its Amaq agency that it had killed 30 Tuareg fighters.";
    const events = await eventsOf(text, '2022-05-10');
    expect(events.map((e) => [e.location, e.fatalities])).toEqual([["Inékar", 13]]);
  });

  it('keep every count listed under one figure word', async () => {
    const text = 'قالت الحركة يوم الأحد إن مقاتليها اشتبكوا مع مسلحين من تنظيم الدولة قرب إنكار يوم السبت، مؤكدة مقتل ثلاثة من عناصرها و"سبعة من الإرهابيين".';
    const events = await eventsOf(text, '2023-09-04');
    expect(events.map((e) => e.fatalities)).toEqual([10]);
  });

  it("go to the attack a group claimed, not to the army's air strike told last", async () => {
    const text = 'نيامي – أعلنت وزارة الدفاع في النيجر مقتل خمسة جنود في هجوم شنه مسلحون ليلة الجمعة على موقع عسكري في قرية بانكيلاري.\nوأضاف البيان أن طائرة تابعة لسلاح الجو استهدفت صباح السبت رتلا من المهاجمين المنسحبين قرب بانكيلاري، ما أدى إلى مقتل اثني عشر إرهابيا.\nوفي المقابل، أعلن تنظيم الدولة عبر وكالة أعماق مسؤوليته عن الهجوم، وقال إنه قتل ٣٠ جنديا.';
    const events = await eventsOf(text, '2025-04-28');
    expect(events.map((e) => [e.sub_event_type, e.fatalities])).toEqual([['Armed clash', 5], ['Air/drone strike', 12]]);
  });

  it("go from a lead to the act of the kind its words name, and past an act told between to the act a sentence names", async () => {
    const text = "OUAGADOUGOU (AA) – Burkina Faso's army said on Tuesday it had repelled an attack on a detachment in the east and that air strikes had then killed 20 militants.\nTerrorists attacked the detachment at Matiacoali early on Monday, the general staff said in a statement.\nOn Tuesday, air force drones struck a column of the fleeing fighters near the village of Natiaboani, the statement said.\nIn its last paragraph, the statement said three soldiers had been killed in Monday's fighting.";
    const events = await eventsOf(text, '2025-04-09');
    expect(events.map((e) => [e.sub_event_type, e.fatalities])).toEqual([['Armed clash', 3], ['Air/drone strike', 20]]);
  });

  it("leave out a lead's total over an attack and a strike told apart after it", async () => {
    const text = "BAMAKO (Reuters) - At least 30 people were killed in an attack on an army post in central Mali on Sunday and in an air strike on the attackers hours later, according to the army and local sources.\nThe army said gunmen attacked its post at Dinangourou early on Sunday and that four soldiers were killed and nine attackers shot dead.\nIn the afternoon, an army drone struck a column of fleeing fighters near the village of Yoro, killing about 20 terrorists, the army said.";
    const events = await eventsOf(text, '2023-10-16');
    expect(events.map((e) => [e.location, e.fatalities])).toEqual([['Dinangorou', 13], ['Yoro', 20]]);
    expect(events[0]!.claims.some((c) => c.value === 30)).toBe(true);
  });

  it("leave out a province's copy of a village's act when the gazetteer files the village under no district", async () => {
    const text = "OUAGADOUGOU (Reuters) - Gunmen killed at least 12 civilians in an attack on a village in Burkina Faso's Sourou province on Monday, local officials said.\nMen on motorbikes surrounded Zoumbara, about 23 km southwest of Tougan, on Monday afternoon and opened fire on villagers, a local official said.\nResidents said hundreds of people had fled the province since the start of May.";
    const events = await eventsOf(text, '2021-05-19');
    expect(events.map((e) => [e.location, e.fatalities])).toEqual([['Zoumbara', 12]]);
  });

  it("keep an act's own stated zero against the dead of an earlier act at the same place", async () => {
    const text = "La brigade de gendarmerie d'Ingané, au nord de Titao, a été attaquée dans la nuit de dimanche à lundi par des individus armés. Trois gendarmes ont été tués, selon une source sécuritaire.\nLundi matin, un engin explosif improvisé a visé le convoi de renfort à l'entrée d'Ingané, endommageant un véhicule, sans faire de victime.";
    const events = await eventsOf(text, '2024-04-23');
    expect(events.map((e) => [e.sub_event_type, e.fatalities])).toEqual([['Armed clash', 3], ['Remote explosive/landmine/IED', 0]]);
  });

  it("keep an act's own stated zero in a report of one place, against a revised toll told before it", async () => {
    const text = "La brigade de gendarmerie de Toulfé a été attaquée dans la nuit de dimanche à lundi par des individus armés. Trois gendarmes ont été tués sur le coup.\nLe bilan a été revu à la hausse : deux des quatre blessés ont succombé, portant à cinq le nombre de gendarmes tués.\nLundi matin, un engin explosif improvisé a visé le convoi de renfort à l'entrée de Toulfé, endommageant un véhicule, sans faire de victime.";
    const events = await eventsOf(text, '2024-04-23');
    expect(events.map((e) => [e.sub_event_type, e.fatalities])).toEqual([['Armed clash', 5], ['Remote explosive/landmine/IED', 0]]);
  });

  it("weigh a region's toll with its one town's: the lowest of one side stands", async () => {
    const text = "Mali: Soldiers Executed Villagers\n(Nairobi) – Malian soldiers summarily executed at least 11 men in the central Mopti region on February 12, 2023, Human Rights Watch said today.\nWitnesses said soldiers rounded up men in Dialloubé and executed them near a pond. Residents compiled a list of 15 dead.";
    const events = await eventsOf(text, '2023-03-16');
    expect(events.map((e) => [e.location, e.fatalities])).toEqual([['Dialoubé', 11]]);
  });

  it("leave a lead's count to the later act that tells it again", async () => {
    const text = "OUAGADOUGOU (Reuters) - Two soldiers were killed in clashes with Islamist militants in northwestern Burkina Faso at the weekend, and the militants later executed four villagers they accused of helping the army, security sources said.\nAn army patrol was attacked on Saturday near the village of Kassoum, the army said. Two soldiers were killed and 9 attackers were killed in the fighting that followed.\nOn Sunday, fighters of the same group entered Lanfiéra and shot dead four men they accused of collaborating, residents said.";
    const events = await eventsOf(text, '2020-04-14');
    expect(events.map((e) => [e.location, e.fatalities])).toEqual([['Kassoum', 11], ['Lanfiéra', 4]]);
  });

  it("keep a protest's dead told in the body after a headline that names no one", async () => {
    const text = "Koutiala : deux morts lors d'une marche à Zangasso, ville morte le lendemain\nDeux jeunes ont été tués dimanche à Zangasso lorsque des gendarmes ont ouvert le feu sur une marche de cotonculteurs qui réclamaient la libération d'un des leurs.\nSelon des témoins, les manifestants marchaient pacifiquement vers la brigade.\nLe lendemain lundi, Zangasso s'est transformée en ville morte à l'appel des associations de jeunes, sans incident.";
    const events = await eventsOf(text, '2022-05-24');
    expect(events.map((e) => [e.sub_event_type, e.fatalities])).toEqual([['Excessive force against protesters', 2], ['Peaceful protest', 0]]);
  });
});

describe('the type the classifier reads in "attacked", against the sides the text names', () => {
  it('makes gunmen who attack a village with no armed side named attackers of civilians', async () => {
    const text = 'Armed men attacked the village of Bouroum on Monday, opening fire on people at the market. A local official said seven people were killed.';
    const events = await eventsOf(text, '2024-08-09');
    expect(events.map((e) => [e.event_type, e.sub_event_type, e.actor2])).toEqual([['Violence against civilians', 'Attack', 'Civilians (Burkina Faso)']]);
  });

  it('keeps a battle where the village had armed defenders or armed dead', async () => {
    const text = 'BAMAKO (AP) — Islamic extremists attacked a village defended by traditional Dozo hunters in central Mali on Sunday, killing four hunters and two civilians, a hunters\' leader said.\nThe attack on Fangasso, north of Tominian, lasted several hours.';
    const events = await eventsOf(text, '2024-06-18');
    expect(events.map((e) => e.event_type)).toEqual(['Battles']);
  });
});

describe('a crowd against the forces of order', () => {
  it('codes youths who burn a gendarmerie post as rioters against the police, not looting nor the arrest that angered them', async () => {
    const text = 'BAMAKO, Sept 19 (Reuters) - Youths in Koumantou, a town in southern Mali, set fire to the gendarmerie post on Friday after the arrest of a local imam, witnesses said.';
    const events = await eventsOf(text, '2022-09-19');
    expect(events.map((e) => [e.event_type, e.sub_event_type, e.actor1, e.actor2])).toEqual([['Riots', 'Violent demonstration', 'Rioters (Mali)', 'Police Forces of Mali']]);
  });

  it('reads « ont affronté les gendarmes » as a fight, a violent demonstration when the people are civilians', async () => {
    const text = "Des orpailleurs du site de Sabodala ont affronté hier jeudi les gendarmes venus saisir des motopompes. Deux gendarmes ont été légèrement blessés.";
    const events = await eventsOf(text, '2024-10-11');
    expect(events.map((e) => [e.event_type, e.sub_event_type, e.actor1, e.actor2])).toEqual([['Riots', 'Violent demonstration', 'Rioters (Senegal)', 'Police Forces of Senegal']]);
  });

  it('leaves a protest against cattle thefts that asks for a gendarmerie post a peaceful protest', async () => {
    const text = "Les commerçants de Boghé ont observé ce lundi une journée « ville morte » pour dénoncer les vols de bétail et réclamer l'installation d'un poste de gendarmerie.";
    const events = await eventsOf(text, '2022-03-28');
    expect(events.map((e) => [e.sub_event_type, e.actor1])).toEqual([['Peaceful protest', 'Protesters (Mauritania)']]);
  });
});

describe("a title's arrest and sit-in, told in the body on two days", () => {
  it('keeps the arrest and the next day\'s sit-in apart: the title\'s sit-in is the body\'s, not the arrest met with force', async () => {
    const text = "Gorgol : trois jeunes arrêtés à Maghama, leurs parents en sit-in\n\nLa brigade de gendarmerie de Kaédi a interpellé lundi trois jeunes hommes soupçonnés de vol de bétail, à Maghama.\n\nLe lendemain mardi, une trentaine de parents ont observé un sit-in devant le poste de gendarmerie de la localité pour exiger leur libération. Le sit-in s'est déroulé dans le calme et s'est dispersé en fin d'après-midi.";
    const events = await eventsOf(text, '2024-02-14');
    expect(events.map((e) => [e.event_date, e.sub_event_type]).sort()).toEqual([['2024-02-12', 'Arrests'], ['2024-02-13', 'Peaceful protest']]);
  });
});

describe('a bomb whose gunfire is told in the next sentence', () => {
  it('is the battle the bomb opened', async () => {
    const text = "Le mardi 2 mai 2023, une patrouille de l'armée a été prise à partie près de Banibangou après le passage d'un de ses véhicules sur un engin explosif improvisé. Des terroristes embusqués ont ensuite ouvert le feu. Bilan : trois militaires tués.";
    const events = await eventsOf(text, '2023-05-08');
    expect(events.map((e) => [e.event_type, e.sub_event_type])).toEqual([['Battles', 'Armed clash']]);
  });

  it('stays a bomb when the next sentence tells an ambush on a day of its own', async () => {
    const text = "Trois militaires ont été tués mardi dans l'explosion d'un engin explosif improvisé près de Banibangou. Une embuscade avait déjà visé l'armée le 12 avril dans la même zone.";
    const events = await eventsOf(text, '2023-05-04');
    expect(events.map((e) => e.sub_event_type)).toContain('Remote explosive/landmine/IED');
  });
});

describe('a demonstration that answers a killing told on', () => {
  it('does not take the dead of the attack as its own toll', async () => {
    const text = 'OUAGADOUGOU (AP) - Residents of a village in eastern Burkina Faso blocked a national road on Monday to demand protection after gunmen killed four civilians there over the weekend, before police cleared the road with tear gas, witnesses said.\nThe attack on Gounghin, north of Fada NGourma, took place on Saturday evening, when unidentified gunmen shot dead four men, residents said.';
    const events = await eventsOf(text, '2023-10-04');
    const protest = events.find((e) => e.event_type === 'Protests');
    expect([protest?.sub_event_type, protest?.fatalities]).toEqual(['Protest with intervention', 0]);
  });
});

describe('live fire on a demonstration', () => {
  it('names the force that fired as the other side', async () => {
    const text = "Des centaines de jeunes ont manifesté samedi à Tahoua contre la vie chère. Les policiers ont tiré à balles réelles sur le cortège, faisant trois blessés.";
    const events = await eventsOf(text, '2022-06-13');
    expect(events.map((e) => [e.event_type, e.actor2])).toEqual([['Protests', 'Police Forces of Niger']]);
  });
});

describe("the VDP described as Burkina Faso's civilian auxiliaries", () => {
  it('are the side hit, not civilians', async () => {
    const text = "OUAGADOUGOU (Reuters) - Three members of Burkina Faso's Volunteers for the Defence of the Homeland, a civilian auxiliary force, were killed on Saturday when their vehicle struck a roadside bomb near Titao, a security source said.";
    const events = await eventsOf(text, '2022-04-12');
    expect(events.map((e) => e.actor2)).toEqual(['VDP: Volunteers for the Defense of the Homeland']);
  });
});

describe('a group named among the dead', () => {
  it('is no doer of the attack that killed them', async () => {
    const text = "Huit personnes, dont six membres du comité d'autodéfense du village, ont été tuées samedi lors d'une attaque contre Dargol, à l'ouest de Téra.";
    const events = await eventsOf(text, '2024-07-15');
    expect(events.map((e) => e.actor1)).not.toContain('Vigilante Group (Niger)');
  });
});

describe('a militia named where its dead are counted, a sentence before the act is placed', () => {
  it('is the side the attackers fought', async () => {
    const text = 'BAMAKO (AP) — Islamic extremists attacked a village defended by traditional Dozo hunters in central Mali on Sunday, killing five hunters and two civilians, a hunters\' leader said.\nThe attack on Sarro, northwest of Ke-Macina, began at dawn and lasted several hours.';
    const events = await eventsOf(text, '2025-06-18');
    expect(events.map((e) => [e.event_type, e.actor2])).toEqual([['Battles', 'Dozo Communal Militia (Mali)']]);
  });
});

describe('the dead found, and the town a source was reached in', () => {
  it('keeps bodies found the next morning inside the killing, and a source reached by phone in a town out of the places', async () => {
    const text = 'NOUAKCHOTT (AP) — Five herders were killed on Saturday near Dilly, in Mali, relatives said. Their bodies were found the next morning by other herders, one relative told The Associated Press by phone from Bassikounou.';
    const events = await eventsOf(text, '2025-05-20');
    expect(events.map((e) => [e.event_date, e.location])).toEqual([['2025-05-17', 'Dili']]);
  });

  it('gives a toll told beside transporters reached in a town to the mine of the sentence before', async () => {
    const text = "Un camion de marchandises a sauté hier mardi sur une mine près de Ber, à l'est de Tombouctou. Le chauffeur et son apprenti ont été tués sur le coup, selon des transporteurs joints à Gao.";
    const events = await eventsOf(text, '2024-12-11');
    expect(events.map((e) => [e.sub_event_type, e.location, e.fatalities])).toEqual([['Remote explosive/landmine/IED', 'Ber', 2]]);
  });
});

describe('an attack and the strikes that answered it, told in one sentence', () => {
  it('codes the attack at its town and the strikes at the town another sentence names for them', async () => {
    const text = 'NIAMEY, June 24 (AFP) - Gunmen killed 12 worshippers during Friday prayers in the village of Banibangou in western Niger, the government said, and the army said it had killed "dozens of terrorists" in air strikes on the fleeing attackers the next day.\nThe army said aircraft had struck a column of the attackers on Saturday near the village of Tiloa.';
    const events = await eventsOf(text, '2025-06-24');
    const at = (place: string) => events.filter((e) => e.location === place).map((e) => [e.sub_event_type, e.fatalities]);
    expect(at('Tiloa')).toEqual([['Air/drone strike', 0]]);
    // The strikes' "dozens of terrorists" are no dead of the attack.
    expect(at('Bani Bangou')).toEqual([[expect.not.stringMatching('Air/drone strike'), 12]]);
  });
});

describe('Arabic fire opened by men named between the verb and the fire', () => {
  it('makes a mine the opening of a battle ("قبل أن يفتح مسلحون النار على الدورية")', async () => {
    const text = 'قُتل جنديان يوم الأحد عندما انفجر لغم أرضي بمركبتهم قرب قرية سيندون، قبل أن يفتح مسلحون النار على الدورية، وفق ما أعلنه الجيش.';
    const events = await eventsOf(text, '2021-04-06');
    expect(events.map((e) => [e.event_type, e.sub_event_type])).toEqual([['Battles', 'Armed clash']]);
  });
});

describe("a title's strike that the body places at another town", () => {
  it("is the body's strike, not a strike at the title's town", async () => {
    const text = "Loroum : le détachement VDP de Banh tombé aux mains des terroristes, l'aviation frappe\n\nSept VDP ont été tués samedi lors de l'attaque de leur détachement de Banh, selon une source sécuritaire.\n\nDimanche, l'aviation a mené des frappes sur une colonne de motos près du village de Titao. « Une dizaine de terroristes ont été abattus », a indiqué la même source.";
    const events = await eventsOf(text, '2023-04-18');
    expect(events.map((e) => e.sub_event_type)).toEqual(['Armed clash', 'Air/drone strike']);
  });
});

describe("a fight in a state force's operation", () => {
  it('is the force\'s when the operation is told in the sentence of another act at the place', async () => {
    const text =
      "Casamance : deux soldats tués lors d'une opération contre une base rebelle\nDeux militaires sénégalais ont perdu la vie lors d'une opération de sécurisation menée mardi près de Diouloulou, a annoncé la Dirpa.\nSelon le communiqué, les unités engagées ont été prises à partie par des éléments armés du MFDC à l'approche d'une base située près du village.";
    const events = await eventsOf(text, '2022-03-17');
    expect(events.map((e) => [e.location, e.actor1, e.actor2])).toEqual([['Diouloulou', 'Military Forces of Senegal', 'MFDC: Movement of Democratic Forces of Casamance']]);
  });

  it('is the force\'s on a « mission de sécurisation »', async () => {
    const text = "Un soldat a été tué mardi lors d'un accrochage avec des éléments armés du MFDC près de Diouloulou. Selon la Dirpa, l'unité, engagée dans une mission de sécurisation des populations, a essuyé des tirs nourris.";
    const events = await eventsOf(text, '2022-03-17');
    expect(events.map((e) => [e.actor1, e.actor2])).toEqual([['Military Forces of Senegal', 'MFDC: Movement of Democratic Forces of Casamance']]);
  });
});

describe('a town a force announces it retook, told in a clause of its own (Arabic)', () => {
  it('is retaken by the force, "أنه استعاد" between its announcement and the act', async () => {
    const text = 'أعلن الجيش المالي، أمس الأحد، أنه استعاد يوم الجمعة السيطرة على بلدة ليري، بعد معارك مع مسلحي جماعة نصرة الإسلام والمسلمين.';
    const events = await eventsOf(text, '2023-05-15');
    expect(events.map((e) => [e.event_date, e.sub_event_type, e.actor1, e.actor2])).toEqual([['2023-05-12', 'Government regains territory', 'Military Forces of Mali', 'JNIM: Group for Support of Islam and Muslims']]);
  });

  it('is retaken by the force whose units the VDP supported, named in an aside between commas', async () => {
    const text = 'أعلن الجيش البوركينابي أمس الاثنين أن وحداته، مدعومة بمتطوعي الدفاع عن الوطن، استعادت السيطرة يوم الأحد على بلدة كانتشاري، بعد يومين من المعارك مع مسلحين.';
    const events = await eventsOf(text, '2023-05-09');
    expect(events.map((e) => [e.event_date, e.sub_event_type, e.actor1, e.actor2])).toEqual([['2023-05-07', 'Government regains territory', 'Military Forces of Burkina Faso', 'Unidentified Armed Group (Burkina Faso)']]);
  });
});

describe('a force accused of a killing by accusers of many words (Arabic)', () => {
  it('is the doer of an attack on the civilians it is accused of killing', async () => {
    const text = 'اتهم أهالي القرية ومنظمة محلية لحقوق الإنسان الجيش البوركينابي ومتطوعين بإعدام ثمانية مدنيين يوم الخميس الماضي قرب بلدة دوري شمالي البلاد.';
    const events = await eventsOf(text, '2024-04-09');
    expect(events.map((e) => [e.event_type, e.actor1, e.actor2])).toEqual([['Violence against civilians', 'Military Forces of Burkina Faso', 'Civilians (Burkina Faso)']]);
  });
});

describe('armed men a source believes of a militia', () => {
  it('are the militia, not a second armed side of the attack', async () => {
    const text =
      "Koro : un hameau peul attaqué à Ouenkoro, quatre morts\n(Malijet) – Quatre personnes, dont un enfant, ont été tuées mardi dans l'attaque d'un hameau peul à Ouenkoro, au nord de Bankass, par des hommes armés en tenue de chasseurs, a indiqué une association peule, qui accuse la milice Dan Na Ambassagou. Des cases ont été incendiées. La milice a démenti, parlant de « bandits qui usurpent notre tenue ».";
    const events = await eventsOf(text, '2019-11-20');
    expect(events.map((e) => [e.event_type, e.actor1, e.actor2])).toEqual([['Violence against civilians', 'Dan Na Ambassagou', 'Civilians (Mali)']]);
  });
});

describe('men killed as "VDP informers"', () => {
  it('are civilians, the militia named before the noun no side of the killing', async () => {
    const text = 'OUAGADOUGOU (AFP) - Jihadists attacked an army post at Koumbri in northern Burkina Faso on Friday, killing four soldiers, the army said. On Saturday the same gunmen entered the nearby village of Ouindigui and shot dead three men they accused of being VDP informers, two residents said.';
    const events = await eventsOf(text, '2024-03-12');
    expect(events.map((e) => [e.location, e.event_type, e.actor2])).toEqual([
      ['Koumbri', 'Battles', 'Military Forces of Burkina Faso'],
      ['Ouindigui', 'Violence against civilians', 'Civilians (Burkina Faso)'],
    ]);
  });
});

describe('men killed as informers "for the army"', () => {
  it('are civilians, the army no side of the killing', async () => {
    const text = 'BAMAKO, Mali (AP) - Islamic extremists attacked a Malian army post in the central village of Dialloubé on Monday, killing five soldiers, the army said, as the al-Qaida-linked group JNIM claimed a far higher toll.\nThe army said in a statement that its troops repelled the assault and killed 16 attackers.\nThe next day, the same fighters entered the nearby village of Ouro Modi, about 9 kilometers (5 miles) to the west, and executed four men they accused of informing for the army, two residents told The Associated Press.';
    const events = await eventsOf(text, '2023-01-11');
    expect(events.map((e) => [e.event_type, e.actor2])).toEqual([['Battles', 'Military Forces of Mali'], ['Violence against civilians', 'Civilians (Mali)']]);
  });
});

describe('stones thrown at a demonstration', () => {
  it('make it a violent demonstration', async () => {
    const text = 'Hundreds of youths demonstrated in Kidal on Sunday against the foreign forces, throwing stones at their vehicles, witnesses said.';
    const events = await eventsOf(text, '2017-10-10');
    expect(events.map((e) => [e.event_type, e.actor1])).toEqual([['Riots', 'Rioters (Mali)']]);
  });
});

describe("a state's auxiliaries", () => {
  it('are the side an attack on their post fought, before the civilians killed with them', async () => {
    const text = 'قالت مصادر محلية إن سبعة من متطوعي الدفاع عن الوطن وثلاثة مدنيين قُتلوا مساء الخميس في هجوم استهدف موقعا للمتطوعين في بلدة بوروم شمال بوركينا فاسو.';
    const events = await eventsOf(text, '2024-01-13');
    expect(events.map((e) => [e.event_type, e.actor2])).toEqual([['Battles', 'VDP: Volunteers for the Defense of the Homeland']]);
  });

  it('act beside the army when soldiers and VDP kill civilians', async () => {
    const text = 'Un collectif accuse des soldats et des Volontaires pour la défense de la patrie (VDP) d\'avoir exécuté une dizaine de civils peuls mardi dans un hameau proche de Dédougou.';
    const events = await eventsOf(text, '2023-07-06');
    expect(events.map((e) => [e.event_type, e.actor2])).toEqual([['Violence against civilians', 'Civilians (Burkina Faso)']]);
  });
});

describe('men rounded up and shot', () => {
  it('is a killing, though "shot" alone may only wound', async () => {
    const text = 'Witnesses said soldiers entered Ogossagou, a village near Bankass, on Sunday morning, rounded up six men at the market and shot them behind the mosque.';
    const events = await eventsOf(text, '2024-05-10');
    expect(events.map((e) => [e.sub_event_type, e.location, e.actor1, e.actor2])).toEqual([['Attack', 'Ogossagou', 'Military Forces of Mali', 'Civilians (Mali)']]);
  });
});

describe('the date of an act told in a sentence that names no day', () => {
  it('is the day the sentence before set the scene on, in the same paragraph', async () => {
    const text = 'BAMAKO (Reuters) - Gunmen killed seven villagers in two attacks in central Mali this week, local officials said on Friday. On Tuesday, armed men on motorbikes entered Ogossagou, a village near Bankass. They rounded up men near the mosque and killed five of them at the edge of the village. On Thursday, gunmen attacked a hamlet near Diallassagou and killed two herders.';
    const events = await eventsOf(text, '2024-05-10');
    expect(events.map((e) => [e.location, e.event_date])).toEqual([['Ogossagou', '2024-05-07'], ['Diallassagou', '2024-05-09']]);
  });

  it('is the day of the sentence before when that sentence tells an act of the same kind', async () => {
    const text = 'BAMAKO (Reuters) - Gunmen killed eight villagers in two attacks in central Mali this week, local officials said on Friday. On Thursday, gunmen attacked a hamlet near Diallassagou and killed two herders. On Tuesday, armed men on motorbikes killed five men in Ogossagou, a village near Bankass. They also killed a trader at the edge of the village.';
    const events = await eventsOf(text, '2024-05-10');
    expect(events.map((e) => [e.location, e.event_date, e.fatalities])).toEqual([['Diallassagou', '2024-05-09', 2], ['Ogossagou', '2024-05-07', 6]]);
  });

  it('is found going back over sentences that tell no act', async () => {
    const text = 'BAMAKO (Reuters) - Gunmen killed seven villagers in two attacks in central Mali this week, local officials said on Friday. On Tuesday, armed men on motorbikes entered Ogossagou, a village near Bankass. They rounded up men near the mosque. They killed five of them at the edge of the village. On Thursday, gunmen attacked a hamlet near Diallassagou and killed two herders.';
    const events = await eventsOf(text, '2024-05-10');
    expect(events.map((e) => [e.location, e.event_date])).toEqual([['Ogossagou', '2024-05-07'], ['Diallassagou', '2024-05-09']]);
  });

  it('is the day of a sentence before that tells an act of the same kind beside a mention of another', async () => {
    const text = 'BAMAKO, March 22 - Militants ambushed an army patrol near Bankass on Wednesday, killing seven soldiers, the army said. The ambush came two days after gunmen executed five men in Ogossagou on Monday. They gathered the villagers of Ogossagou in the square before the executions.';
    const events = await eventsOf(text, '2024-03-22');
    expect(events.map((e) => [e.sub_event_type, e.location, e.event_date])).toEqual([['Armed clash', 'Bankass', '2024-03-20'], ['Attack', 'Ogossagou', '2024-03-18']]);
  });

  it('is not a day named in the paragraph before', async () => {
    const text = 'BAMAKO (Reuters) - Gunmen killed seven villagers in two attacks in central Mali this week, local officials said on Friday. On Thursday, gunmen attacked a hamlet near Diallassagou and killed two herders.\nOn Tuesday, armed men on motorbikes entered Ogossagou, a village near Bankass.\nThey rounded up men near the mosque and killed five of them at the edge of the village.';
    const events = await eventsOf(text, '2024-05-10');
    expect(events.find((e) => e.location === 'Ogossagou')?.event_date).not.toBe('2024-05-07');
  });
});

describe('the medical centre the wounded were taken to (Arabic)', () => {
  it('is no scene of the attack', async () => {
    const text = 'هجوم انتحاري قرب كايا\nقتل أربعة جنود أمس الأحد عندما فجر انتحاري نفسه عند موقع عسكري في بلدة بارسالوغو شمال كايا. وقال المصدر إن الانتحاري لقي حتفه أيضا، وإن جريحين نقلا بعد ذلك إلى المركز الطبي في كايا.';
    const events = await eventsOf(text, '2024-05-06');
    expect(events.map((e) => [e.sub_event_type, e.location, e.fatalities])).toEqual([['Suicide bomb', 'Barsalogo', 5]]);
  });
});

describe('men led away "to an unknown place" (Arabic)', () => {
  it('is an abduction', async () => {
    const text = 'دخل مسلحون أمس الأحد قرية أوغوساغو بمنطقة موبتي واقتادوا ثلاثة من وجهائها إلى جهة مجهولة.';
    const events = await eventsOf(text, '2024-05-06');
    expect(events.map((e) => [e.sub_event_type, e.location, e.actor2])).toEqual([['Abduction/forced disappearance', 'Ogossagou', 'Civilians (Mali)']]);
  });
});

describe('a brawl (Arabic "شجار")', () => {
  it('is mob violence', async () => {
    const events = await eventsOf('لقي شخص حتفه أمس الأحد في شجار عنيف بين مزارعين ومنمين في مدينة كيهيدي.', '2024-05-06');
    expect(events.map((e) => [e.sub_event_type, e.location, e.fatalities])).toEqual([['Mob violence', 'Kaédi', 1]]);
  });
});

describe('a vehicle that « a sauté sur une mine artisanale »', () => {
  it('hit a landmine, not a gold mine', async () => {
    const events = await eventsOf("Lundi, un camion de transport a sauté sur une mine artisanale près de Boni, dans le cercle de Douentza. Deux passagers ont été tués.", '2021-08-10');
    expect(events.map((e) => [e.sub_event_type, e.location, e.fatalities])).toEqual([['Remote explosive/landmine/IED', 'Boni', 2]]);
  });
});

describe('Arabic clashes between people and the forces of order ("مواجهات بين منقبين والدرك")', () => {
  it('are a riot: the people named first, who are no party, fought the force', async () => {
    const events = await eventsOf('أصيب خمسة أشخاص أمس الأحد في مواجهات بين منقبين عن الذهب والدرك في مدينة كيدوغو.', '2024-01-15');
    expect(events.map((e) => [e.sub_event_type, e.location, e.actor1, e.actor2])).toEqual([['Violent demonstration', 'Kédougou', 'Rioters (Senegal)', 'Police Forces of Senegal']]);
  });
});

describe('people "taken away" by soldiers', () => {
  it('were abducted or disappeared', async () => {
    const events = await eventsOf('Two herders from Fassala were taken away by Malian soldiers on Thursday and have not been heard from since, a local official said.', '2024-04-16');
    expect(events.map((e) => [e.sub_event_type, e.actor1, e.event_date])).toEqual([['Abduction/forced disappearance', 'Military Forces of Mali', '2024-04-11']]);
  });
});

describe('weapons seized where a force fought that day', () => {
  it('are the fight’s spoils, told inside the battle', async () => {
    const events = await eventsOf('أعلن الجيش النيجري أنه صد يوم الأحد هجوما شنه مسلحون على بلدة بوسو، وقتل خمسة من المهاجمين. وأضاف البيان أن الجنود صادروا أسلحة وذخائر.', '2024-04-16');
    expect(events.map((e) => [e.sub_event_type, e.location, e.fatalities])).toEqual([['Armed clash', 'Bosso', 5]]);
  });
});

describe('a town taken "without a fight"', () => {
  it('changed hands without a battle, however far the words stand from the taking', async () => {
    const events = await eventsOf('BAMAKO, March 11 - JNIM fighters took control of Boni, a town in central Mali, on Sunday without a fight after soldiers withdrew the day before, residents said.', '2025-03-11');
    expect(events.map((e) => [e.sub_event_type, e.location, e.actor1])).toEqual([['Non-violent transfer of territory', 'Boni', 'JNIM: Group for Support of Islam and Muslims']]);
  });
});

describe('a killing "على يد حشد" (at the hands of a crowd) in a title', () => {
  it('is the lynching the body tells, not an armed group’s attack at the title’s town', async () => {
    const text = 'كيهيدي: مقتل رجل على يد حشد اتهمه بالسرقة\nلقي رجل حتفه أمس الأحد بعد أن انهال عليه حشد من سكان قرية أفوينات بالضرب، إثر اتهامه بسرقة ماشية.';
    const events = await eventsOf(text, '2024-04-16');
    expect(events.map((e) => [e.sub_event_type, e.location, e.fatalities])).toEqual([['Mob violence', 'Avoïnat', 1]]);
  });
});

describe('Arabic "مسيرة للمطالبة" (a march to demand)', () => {
  it('is a march, not a drone (مسيّرة, written without its shadda)', async () => {
    const events = await eventsOf('نظم عشرات الشبان يوم السبت مسيرة للمطالبة بتأمين الطرق في مدينة باندياغارا.', '2024-04-16');
    expect(events.map((e) => [e.sub_event_type, e.location])).toEqual([['Peaceful protest', 'Bandiagara']]);
  });
  it('leaves "طائراته المسيّرة" (its drones) a strike in a report that tells a march', async () => {
    const events = await eventsOf('نظم عشرات الشبان يوم السبت مسيرة للمطالبة بتأمين الطرق في مدينة باندياغارا. ويوم الأحد، قال الجيش إن طائراته المسيّرة استهدفت تجمعا للإرهابيين قرب قرية سوفارا.', '2024-04-16');
    expect(events.map((e) => e.sub_event_type)).toContain('Air/drone strike');
  });
});

describe('acts named only in the plural, with no place and no day', () => {
  it('are a run of acts, not one at the report’s town', async () => {
    const events = await eventsOf('NIAMEY, March 27 (Reuters) - Thousands marched peacefully in Niamey on Saturday in support of the junta. Niger continues to face attacks by Islamist groups in the west and southeast.', '2025-03-27');
    expect(events.map((e) => [e.sub_event_type, e.location])).toEqual([['Peaceful protest', 'Niamey']]);
  });
});

describe('a summary listed with hyphens ("- Three people abducted near Bankass")', () => {
  it('stands for the acts the body tells, whatever day its items took', async () => {
    const text = 'NIGER: Tillaberi region - Flash Update (as of 11 January 2021)\n\nHIGHLIGHTS\n- Seven civilians killed in an attack on Ogossagou\n- Three people abducted near Bankass\n\nSITUATION OVERVIEW\nOn Thursday 7 January, armed men attacked the village of Ogossagou, killing seven civilians, according to local authorities.\n\nOn Friday 8 January, armed men abducted three people near Bankass.';
    const events = await eventsOf(text, '2021-01-11');
    expect(events.map((e) => [e.sub_event_type, e.location, e.event_date])).toEqual([['Attack', 'Ogossagou', '2021-01-07'], ['Abduction/forced disappearance', 'Bankass', '2021-01-08']]);
  });
});

describe('a protester killed by a force the sentence does not name', () => {
  it('was killed by the police: crowds are policed', async () => {
    const events = await eventsOf("Un élève a été tué par balle hier mardi à Kollo lors d'une manifestation de scolaires qui réclamaient des enseignants.", '2019-11-27');
    expect(events.map((e) => [e.sub_event_type, e.actor2, e.fatalities])).toEqual([['Excessive force against protesters', 'Police Forces of Niger', 1]]);
  });
});

describe('fighters "du même groupe" (of the same group)', () => {
  it('are the group named before them, in a report that also tells an unclaimed attack', async () => {
    const text = "Le vendredi 8 septembre, des combattants du JNIM ont attaqué le détachement militaire de Bogandé. Le lendemain, des combattants du même groupe ont pris le contrôle du village de Madiagouné, près de Pama, après un affrontement avec les VDP. Dimanche soir, des obus sont tombés près de Kantchari; l'attaque n'a pas été revendiquée.";
    const events = await eventsOf(text, '2023-09-12');
    expect(events.find((e) => e.location === 'Madiagouné')?.actor1).toBe('JNIM: Group for Support of Islam and Muslims');
  });
});
