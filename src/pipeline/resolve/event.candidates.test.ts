import { describe, expect, it } from 'vitest';
import { analyse, extractDocument, loadResources } from '../pipeline.ts';

const resources = loadResources();
const eventsOf = (text: string) => analyse({ id: 't', text, published: '2024-03-05' }, resources).events.map((e) => `${e.sub_event_type} @${e.location}`);

// [what the case shows, text, its events as "sub-event type @location"]
const CASES: [string, string, string[]][] = [
  ["a headline with no place takes the act the text places, not the report's one town", 'Burkina army seizes arms cache\nSoldiers seized an arms cache on Saturday in Soum province, the army said. Three suspects were questioned in Djibo.', ['Disrupted weapons use @Soum']],
  ["a headline with no place takes the act the text places, not the report's one town", "Mali : l'armée démantèle un dépôt d'armes\nL'armée a découvert samedi un stock d'armes dans le cercle de Douentza. Deux suspects ont été entendus à Boni.", ['Disrupted weapons use @Douentza']],
  ["a headline's acts are the body's, wherever its words put them", 'Boucle du Mouhoun : cinq civils tués par un engin explosif, quatre VDP tombés à Toéni\n\nCinq civils ont été tués vendredi par un engin explosif à une quinzaine de kilomètres de Tougan. Le lendemain, samedi, des individus armés ont attaqué une position des VDP à Toéni.', ['Remote explosive/landmine/IED @Tougan', 'Armed clash @Toéni']],
  ["a headline's act stands when the body tells none of its kind", 'Sélibaby : ville morte des commerçants contre la nouvelle taxe\n\nLe marché central de Sélibaby est resté fermé hier lundi, à l\'appel de l\'Union des commerçants.', ['Peaceful protest @Sélibabi']],
  ["a headline is still placed at the report's one town when the text places no act of its kind", 'Gunmen kill three herders\nThe victims were buried in Djibo on Sunday.', ['Attack @Djibo']],

  ["a title line that tells an act town by town gives each town its own clause's act", "Kédougou : marche pacifique à Salémata, heurts entre orpailleurs et gendarmes à Fongolimbi\n\nDes centaines de jeunes ont marché samedi dans les rues de Salémata. Dimanche, des orpailleurs ont affronté les gendarmes à Fongolimbi.", ['Peaceful protest @Salémata', 'Violent demonstration @Fongolembi']],
  ["a title line that tells one act at several towns gives it to each", "Diafarabé, Dioura : des hommes armés attaquent deux villages\n\nDes hommes armés ont attaqué lundi Diafarabé et Dioura.", ['Attack @Diafarabé', 'Attack @Dioura']],

  ["a sequel's subject is the act told already; the act after it, with its own day, is new", 'قُتل ثلاثة مدنيين صباح اليوم الثلاثاء إثر انفجار عبوة ناسفة بحافلة قرب بانامبا. ويأتي الانفجار بعد يوم واحد من توقيف الجيش المالي، أمس الاثنين، ١٢ تاجرا في سوق توباكورو.', ['Remote explosive/landmine/IED @Banamba', 'Arrests @Toubakoro']],
  ["a sequel's subject is the act told already; the act after it, with its own day, is new", "Un engin explosif a tué trois civils mardi près de Banamba. L'explosion intervient au lendemain de l'arrestation, lundi, de douze commerçants à Toubakoro par l'armée.", ['Remote explosive/landmine/IED @Banamba', 'Arrests @Toubakoro']],

  ["a sequel's 'comes as' ties the news to what it recalls", 'Gunmen kidnapped a farmer on Monday in Sanankoroba. The kidnapping comes as the group has declared a blockade of Bamako.', ['Abduction/forced disappearance @Sanankoroba']],

  ['weapons a verb of seizing takes are disrupted weapons use, not when taken in a fight or found on people arrested', 'Mauritanian troops seized four assault rifles and a machine gun from a pick-up truck abandoned near Léré on Saturday, the army said.', ['Disrupted weapons use @Léré']],
  ['weapons a verb of seizing takes are disrupted weapons use, not when taken in a fight or found on people arrested', 'Gendarmes arrested three men in Léré on Saturday. The men were found with two hunting rifles, the prosecutor said.', ['Arrests @Léré']],
  ['weapons a verb of seizing takes are disrupted weapons use, not when taken in a fight or found on people arrested', 'Soldiers clashed with gunmen near Léré on Saturday, killing four. The troops recovered six rifles and ammunition.', ['Armed clash @Léré']],

  ['what men are suspected of is no act (en)', 'A crowd beat to death two men suspected of kidnapping a child in the town of Mirriah on Saturday, police said.', ['Mob violence @Mirriah']],
  ['what a man is suspected of is no act; a crowd that beats him to death is mob violence', 'وفي مدينة كاي، قالت الشرطة إن حشدا غاضبا ضرب أمس الخميس رجلا يُشتبه في محاولته اختطاف طفل في السوق حتى الموت.', ['Mob violence @Kayes']],

  ['where families fled after the act is no second scene', "Le chef de village de Mougna, dans le cercle de Djenné, a été enlevé lundi par des hommes armés. Un élu indique que plusieurs familles ont quitté le village pour Djenné et Mopti depuis l'enlèvement.", ['Abduction/forced disappearance @Mounia']],
  ['where families fled after the act is no second scene', 'قُتل ثمانية مدنيين يوم الاثنين في هجوم شنه مسلحون على قرية تيغورو. وأضاف أن عشرات العائلات نزحت منذ الهجوم إلى مدينة باندياغارا.', ['Attack @Tégourou']],

  ['a town held since its posts were overrun is taken', 'Jihadi fighters have held the town of Midebdo in southwestern Burkina Faso since overrunning its army and gendarmerie posts on Tuesday, residents said.', ['Non-state actor overtakes territory @Midèbdo']],

  ["an act told on the next day at no named place is a second act at the report's one town", "Le JNIM a imposé lundi un blocus total à la commune de Dioumara, dans le cercle de Diéma. Le lendemain mardi, trois camions qui transportaient des marchandises ont été interceptés et incendiés à environ cinq kilomètres de la ville.", ['Change to group/activity @Dyoumara', 'Looting/property destruction @Dyoumara']],
  ["an act told on the same day at no named place is the placed act told again", "Le JNIM a imposé lundi un blocus total à la commune de Dioumara, dans le cercle de Diéma. Lundi, trois camions ont été incendiés par les hommes du groupe.", ['Change to group/activity @Dyoumara']],

  ['a man killed as he tried to flee an abduction is its toll, not a second act', 'اختطف مسلحون ١٤ شخصا، بينهم ست نساء، ليلة الاثنين إلى الثلاثاء من حي على أطراف مدينة تيبيري بمنطقة مارادي، وقتلوا رجلا حاول الفرار.', ['Abduction/forced disappearance @Tibiri']],

  ['arrests made by a side of a fight, there that day, are part of it', 'A Nigerien army patrol clashed with armed smugglers near Aderbissinat on Monday, killing four of them. The soldiers seized the vehicles and arrested two men.', ['Armed clash @Adérbissinat']],

  ['a year that qualifies a noun after "the" does not make the sentence a recollection', 'Armed men attacked the Camp I gendarmerie in Bamako, allowing 9 prisoners to escape, including 8 who were connected to the 2012 coup.', ['Armed clash @Bamako']],

  ['troops that bomb, and troops that regain control of a town', 'French troops bombed Islamist positions near Kidal on Monday. On Tuesday French and Malian troops regained control of Tessalit.', ['Air/drone strike @Kidal', 'Government regains territory @Tessalit']],

  ["people a state's forces take after crossing into another country are abducted", 'Malian soldiers accompanied by Russian fighters crossed into southern Mauritania on Monday and detained three Mauritanian herders near the village of Dafort, local officials said, prompting a protest from Nouakchott.', ['Abduction/forced disappearance @Dafort']],
  ["people a state's forces arrest abroad at its host's side are arrested", 'French troops arrested three suspected militants near Tessalit on Monday, the army said.', ['Arrests @Tessalit']],

  ['a section headed as background tells no news', 'Gunmen killed nine herders near Ménaka on Friday, local sources said.\nBackground:\nIslamic State fighters attacked the town of Anderamboukane on Tuesday, killing dozens of civilians.', ['Attack @Ménaka']],

  ['"fleeing" before a comma and "the statement" is no flight of people from a place', 'Four soldiers were killed on Sunday near Gaoua. In the evening, gunmen attacked the gendarmerie post at Djigoué, killing one gendarme before fleeing, the statement said.', ['Armed clash @Gaoua', 'Armed clash @Djigoué']],
  ['a crowd that beats men to death is mob violence', 'A crowd beat two men to death in the town of Mogtédo, east of Ouagadougou, on Friday, residents said.', ['Mob violence @Mogtédo']],

  ['a convoy seized with its weapons, its men arrested without resistance, is one seizure', 'The Malian army intercepted a convoy of two vehicles carrying weapons near Taoudenni on Monday. A unit seized eight assault rifles, a machine gun and rocket-propelled grenades. Four men were arrested without resistance.', ['Disrupted weapons use @Taoudenni']],

  ['people killed and others taken in one attack are that attack', 'قُتل خمسة نازحين واختُطفت ثلاث نساء فجر السبت في هجوم شنه مسلحون على تجمع للنازحين في بلدة سايام بمنطقة ديفا.', ['Attack @Sayam']],

  ['thefts a ville morte protests against are its cause, no riot', "Les commerçants d'Aghchorguitt, dans la wilaya du Brakna, ont observé lundi une journée « ville morte » pour dénoncer la multiplication des vols de bétail dans la zone.", ['Peaceful protest @Aghchorguitt']],

  ['a town told back as « la ville » is the town named before it in the paragraph', "Région de Tombouctou : la ville de Léré a vécu une semaine difficile. Lundi, des obus tirés depuis les environs de la ville ont tué deux civils. Région de Ségou : à Niono, un conseiller a été enlevé mercredi par des hommes armés.", ['Shelling/artillery/missile attack @Léré', 'Abduction/forced disappearance @Niono']],
  ['a town told back as "the village" is the town named before it in the paragraph', 'Soldiers patrolled Boni and Hombori this week. On Monday gunmen attacked the village, killing two herders.', ['Attack @Hombori']],
  ["a town of another paragraph is another story's", 'Soldiers patrolled Boni and Hombori this week.\n\nOn Monday gunmen attacked the village, killing two herders.', []],

  ['a siege told with no town of its own is background, not an event at the report\'s town', 'JNIM fighters ambushed a VDP patrol near Madjoari on Monday, killing four volunteers. The east has been under growing pressure from JNIM, which has blockaded several towns.', ['Armed clash @Madjoari']],
  ['a siege that names the town back is declared there', 'JNIM fighters ambushed a VDP patrol near Madjoari on Monday, killing four volunteers. On Wednesday the group declared a blockade of the town, residents said.', ['Armed clash @Madjoari', 'Change to group/activity @Madjoari']],

  ["a state's protest to another is no gathering: the act it protests is the event", 'استدعت وزارة الخارجية الموريتانية، أمس الثلاثاء، سفير مالي في نواكشوط، وأبلغته احتجاجا شديدا على مقتل خمسة رعاة موريتانيين قرب بلدة كيراني داخل الأراضي المالية.', ['Attack @Kirane']],
  ["a state's protest to another is no gathering: the act it protests is the event", "Le ministère des Affaires étrangères a convoqué lundi l'ambassadeur du Mali pour protester contre l'enlèvement de trois commerçants près de Kirané.", ['Abduction/forced disappearance @Kirane']],

  ['the abducted named again are no second abduction', 'اختطف مسلحون ١٧ شخصا من قرية قرب مادارونفا يوم الأحد. وفي اليوم التالي، حاولت وحدة من الجيش دون جدوى تحرير المختطفين قرب مادارونفا.', ['Abduction/forced disappearance @Madarounfa']],
  ['the abducted named again are no second abduction', 'Gunmen kidnapped 17 people from a village near Madarounfa on Sunday. On Monday an army unit tried in vain to free the hostages near Madarounfa.', ['Abduction/forced disappearance @Madarounfa']],

  ['Arabic dual nouns of acts', 'شن مسلحون أمس الثلاثاء هجومين متزامنين على موقعين للجيش المالي في بلدة نيورو.', ['Armed clash @Nioro']],
  ['Arabic dual nouns of acts', 'أسفر تفجير عبوتين ناسفتين قرب بوني عن مقتل جنديين.', ['Remote explosive/landmine/IED @Boni']],

  ['habits told as trends', "« Chaque semaine, un chauffeur est enlevé sur l'axe Ségou–San », a déclaré un syndicaliste.", []],
  ['habits told as trends', 'Every week, a driver is kidnapped on the road between Segou and San, a union official said.', []],

  ['weapons taken in a fight are part of it', 'وقالت هيئة الأركان إن وحداتها في ليري تصدت أمس لهجوم إرهابي، وإن الرد أسفر عن مقتل تسعة إرهابيين وحجز أسلحة وذخائر.', ['Armed clash @Léré']],
  ['weapons taken in a fight are part of it', 'Militants attacked the gendarmerie in Ballé on Sunday and seized weapons.', ['Armed clash @Ballé']],
  ['weapons taken in a fight are part of it', 'Soldiers found and defused an IED near Boni on Sunday.', ['Disrupted weapons use @Boni']],
  ['a vehicle loaded with weapons is a seizure', 'On Thursday, another army unit found a pick-up truck loaded with assault rifles, ammunition and a machine gun abandoned near Ouadane in the Adrar region.', ['Disrupted weapons use @Ouadâne']],
  ['a vehicle loaded with weapons is a seizure', 'اعترضت وحدة من الجيش يوم السبت قرب بلدة أمورج سيارة رباعية الدفع محملة بأسلحة رشاشة وذخائر.', ['Disrupted weapons use @Amourj']],
  ['a thing named with a trigger word is no act', "De violents affrontements ont opposé lundi des orpailleurs aux gendarmes à Mako. La région abrite aussi la mine industrielle de Sabodala.", ['Violent demonstration @Mako']],
  ['a thing named with a trigger word is no act', 'On Monday French forces found a weapons cache in Kidal holding assault rifles and ammunition.', ['Disrupted weapons use @Kidal']],
  ['a thing named with a trigger word is no act', "Les gendarmes ont découvert lundi à Kati une cache d'armes contenant des fusils d'assaut.", ['Disrupted weapons use @Kati']],
  ['habits told as trends', "Abductions for ransom have become a frequent occurrence in Niger's Diffa region.", []],
  ['habits told as trends', 'وتتكرر حوادث استهداف التجار الموريتانيين في المناطق الحدودية، إذ قُتل عدد منهم في حوادث سابقة قرب نيورو.', []],
  ['habits told as trends', 'وكانت الجماعة قد فرضت حصارات مماثلة خلال السنوات الماضية على مدن عدة، أبرزها تمبكتو وبوني.', []],
  ['habits told as trends', "Niger's oil exports have been repeatedly disrupted by attacks on the pipeline near Dosso.", []],
  ['habits told as trends', 'Jihadist groups traditionally step up attacks in the rainy season around Bamako.', []],
  ['habits told as trends', 'The government says it is fighting a war against jihadist groups around Ouagadougou.', []],
  ['a trigger word in an idiom is no act', "Près de 700 écoles ont rouvert dans les zones où l'armée et les VDP ont repris pied, autour de Djibo.", []],
  ['a gathering in front of a building is a protest', "Hier mercredi, à Dakar, plusieurs centaines d'étudiants ont observé un rassemblement devant le rectorat en hommage à leur camarade.", ['Peaceful protest @Dakar']],
  ['a gathering in front of a building is a protest', 'Hundreds of students gathered outside the rectorate in Dakar on Wednesday.', ['Peaceful protest @Dakar']],
  ['an arrest whose release a gathering demands is an act of its own', "Plusieurs dizaines de journalistes ont observé jeudi un sit-in à Niamey pour exiger la libération de leur confrère, interpellé mardi à son domicile par la police.", ['Peaceful protest @Niamey', 'Arrests @Niamey']],
  ['acts feared are not acts', "Plusieurs familles de Ber ont rejoint Tombouctou ces jours-ci, par crainte d'éventuelles frappes aériennes.", []],
  ['acts feared are not acts', 'Families fled Ber for Timbuktu on Sunday for fear of air strikes.', []],
  ["a road's far end named with its town noun is no event place", 'اختطف مسلحون ثلاثة تجار على الطريق الرابط بين مدينة نارا المالية وبلدة كوكي الحدودية.', ['Abduction/forced disappearance @Nara']],
  ['a trend of decades is no event', 'وأشارت الجمعية إلى أن أكثر من ٨٠٠ شخص قُتلوا بسبب الألغام في زيغينشور منذ تسعينيات القرن الماضي.', []],
  ['people fleeing fighting tell no act, whatever day the report came out', 'وأوضحت المفوضية، في تقرير نشرته أمس الثلاثاء، أن معظم الوافدين الجدد فروا من مناطق ليري ونامبالا، هربا من المعارك بين الجيش المالي والجماعات المسلحة.', []],
  ['an act named back with what it did is the act told before', 'أعلنت السلطات توقيف سبعة أشخاص يُشتبه في انتمائهم إلى جماعة نصرة الإسلام والمسلمين في باماكو، بعد نحو ثلاثة أسابيع من الهجوم الذي استهدف مدرسة للدرك.', ['Arrests @Bamako']],
  ['people abducted, and another killed, are an abduction', 'ISWAP fighters kidnapped 11 farmers and shot dead another who tried to flee near Toumour on Sunday.', ['Abduction/forced disappearance @Toumour']],
  ['habits told as trends', "Les attaques contre l'armée et les enlèvements de chefs s'y sont multipliés, poussant des milliers d'habitants à se réfugier à Niamey ou à Say.", []],
  ['rallies called for, not yet held', "Plusieurs organisations ont appelé à de nouvelles manifestations ce week-end à Kaya et Bobo-Dioulasso.", []],
  ['rallies called for, not yet held', 'Opposition parties called for new protests in Kayes and Kati.', []],
  ['an act named as the time of another is the act told before', "Des hommes armés ont tué huit civils lundi à Tori. Une patrouille a été déployée à Bankass au lendemain de l'attaque.", ['Attack @Tori']],
  ['an act named as the time of another is the act told before', 'A mob beat two men to death in Koudougou on Thursday. Six people suspected of taking part in the killing were arrested in Réo.', ['Mob violence @Koudougou', 'Arrests @Réo']],
  ['an accusation that names the doer reports the act', 'Residents accused Malian soldiers of killing 21 civilians in Nia-Ouro on Friday.', ['Attack @Nia-Ouro']],
  ['an accusation that names the doer reports the act', 'اتهم سكان الجيش المالي بقتل ٢١ مدنيا يوم الجمعة في قرية نيا أورو.', ['Attack @Nia-Ouro']],
  ['the act a man is accused of is not reported', 'Police arrested a man accused of killing a trader in Kati.', ['Arrests @Kati']],
  ['the act a man is accused of is not reported', 'Villagers accused two men of kidnapping a child in Dosso on Friday, police said.', []],
  ['an accusation at the end of a text reads nothing after it', 'Gunmen killed three herders in Boni on Monday, residents said, who accused', ['Attack @Boni']],
  ['the act a man is accused of is not reported', 'A mob lynched two men in Zinder on Sunday, accusing them of trying to kidnap a child.', ['Mob violence @Zinder']],
  ['earlier acts a report ties its news to', 'Cette attaque intervient deux semaines après celle de Toumour, qui avait fait vingt-huit morts.', []],
  ['earlier acts a report ties its news to', 'The attack comes weeks after gunmen killed 20 villagers in Solenzo.', []],
  ['earlier acts a report ties its news to', 'ويأتي الهجوم بعد نحو شهر من الهجمات المنسقة التي شنتها الجماعة على كاي ونيورو.', []],
  ['earlier acts a report ties its news to', 'ولم تتبن أي جهة الهجوم، الذي يأتي في سياق موجة من أعمال العنف تضرب دائرتي بانكاس وكورو.', []],
  ['earlier acts a report ties its news to', "L'attaque intervient dans un contexte de violences répétées dans les cercles de Bankass et de Koro.", []],
  ['an earlier act with a day named is reported, and dated', 'The attack comes after JNIM fighters killed ten soldiers in Boni on Monday.', ['Armed clash @Boni']],
  ['"followed by" tells the course of one act, not a sequel', 'A patrol was hit by an IED followed by gunfire near Boni on Monday.', ['Remote explosive/landmine/IED @Boni']],

  ['a short town name is found when the text says it is a town and names its district', 'قتل مسلحون أمس الاثنين ثلاثة رعاة في بلدة ديو في إقليم أودالان.', ['Attack @Déou']],
  ['an act the report says happened before gives no event', 'ولم يصدر أي تعليق عن الجماعة، التي كانت قد أعلنت في وقت سابق سيطرتها على عدة بلدات وفرضت حصارا على جيبو.', []],
  ['an act the report says happened before gives no event', "Le groupe avait auparavant revendiqué l'attaque de Djibo.", []],

  ['a demonstration about people abducted is the demonstration alone', 'نظم العشرات من سكان مدينة كيفة اليوم الخميس وقفة احتجاجية للمطالبة بالإفراج عن ثلاثة منمين اختطفوا داخل الأراضي المالية.', ['Peaceful protest @Kiffa']],
  ['a demonstration about people abducted is the demonstration alone', 'Residents of Timbuktu staged a sit-in on Monday to demand the release of two teachers kidnapped last month.', ['Peaceful protest @Timbuktu']],

  ['many acts told together give no event', 'وقد تعرضت القوافل العسكرية والمدنية على الطريق بين دوينتزا وغاو لعشرات الهجمات بالعبوات الناسفة خلال العامين الأخيرين.', []],
  ['many acts told together give no event', 'Convoys on the Douentza-Gao road have faced dozens of attacks by roadside bombs.', []],
  ['years of attacks give no event', 'La province du Bam fait face depuis plusieurs années aux attaques des groupes armés terroristes.', []],

  ['the people who took part in a demonstration already told', 'Plusieurs centaines de personnes ont observé samedi un sit-in devant la wilaya, à Sélibaby. Une délégation de manifestants a été reçue par le wali, qui a promis de transmettre leurs doléances aux autorités à Nouakchott.', ['Peaceful protest @Sélibabi']],
  ['protesters told alone are the demonstration', 'Des manifestants ont bloqué samedi la route nationale à Kayes.', ['Peaceful protest @Kayes']],

  ['Arabic rallies', 'احتشد آلاف البوركينيين أمس الجمعة في ساحة الأمة وسط واغادوغو دعما للسلطة الانتقالية.', ['Peaceful protest @Ouagadougou']],
  ['Arabic rallies', 'شهدت مدينة نيامي يوم السبت مسيرة حاشدة دعما للمجلس العسكري.', ['Peaceful protest @Niamey']],

  ['acts that recur give no event', 'ولم تتبن أي جهة الهجوم، علما بأن معسكرات البعثة في غاو وتمبكتو تتعرض بشكل دوري لقصف مماثل تبنت جماعة نصرة الإسلام والمسلمين عددا منه في السابق.', []],
  ['acts that recur give no event', 'Camps in Gao and Timbuktu are regularly shelled by JNIM.', []],

  ['Arabic detention is no protest', 'اعتقلت الشرطة أمس ثلاثة ناشطين في نيامي، وقال محاميهم إنهم محتجزون في مقر الشرطة.', ['Arrests @Niamey']],
  ['Arabic detention is no protest', 'نددت المنظمة باحتجاز الصحفي في نيامي منذ يوم الخميس.', []],

  ['a unit fired upon', "Jeudi, une unité de l'armée a été prise à partie par des terroristes à la sortie de Bouroum.", ['Armed clash @Bouroum']],
  ['a unit fired upon', 'An army patrol came under fire near Bouroum on Thursday.', ['Armed clash @Bouroum']],

  ['a town named also where the wounded were treated is still the scene the other sentences borrow', 'عاشت مدينة كولدا ليلة الأحد على وقع مواجهات.\nورشق مئات الشبان مقر فرقة الدرك بالحجارة.\nوأصيب عدد من الشبان نقلوا إلى المستشفى الإقليمي بكولدا.\nوعاد الهدوء مع انتشار تعزيزات أمنية قادمة من تامباكوندا.', ['Violent demonstration @Kolda']],

  ['acts ahead of the report give no event', 'A similar protest is planned in Nouakchott next week, organisers said.', []],
  ['acts ahead of the report give no event', 'Une marche est prévue samedi prochain à Kayes.', []],
  ['acts ahead of the report give no event', 'ومن المقرر تنظيم وقفة احتجاجية في نواكشوط الأسبوع المقبل.', []],

  ['a crowd that beats a man is mob violence', 'لقي شاب حتفه فجر الاثنين في سيغو بعدما انهال عليه حشد من السكان ضربا للاشتباه في سرقته دراجة نارية.', ['Mob violence @Ségou']],
];

describe('event candidates', () => {
  it.each(CASES)('%s: %s', (_shows, text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});

describe('army communiqués in Arabic', () => {
  it.each([
    ['نفذت القوات الجوية المالية أمس ضربات دقيقة على تجمع للإرهابيين قرب بوني.', ['Air/drone strike @Boni Military Forces of Mali']],
    ['عثرت وحدة من الجيش المالي أمس على مخبأ للإرهابيين قرب بوني وتم تدمير المخبأ.', ['Disrupted weapons use @Boni Military Forces of Mali']],
  ])('%s', (text, expected) => {
    const a = analyse({ id: 't', text, published: '2024-03-05' }, resources);
    expect(a.events.map((e) => `${e.sub_event_type} @${e.location} ${e.actor1}`)).toEqual(expected);
  });
});

describe('the doer named in quotes after an agent marker', () => {
  it.each([
    ['قالت حركة إنقاذ أزواد إن أربعة من مقاتليها قتلوا صباح الاثنين في هجوم شنه مسلحون من "تنظيم الدولة الإسلامية في الصحراء الكبرى" قرب ميناكا.', 'Islamic State (Sahel) vs MSA: Movement for Azawad Salvation'],
  ])('%s', (text, expected) => {
    const a = analyse({ id: 't', text, published: '2024-03-05' }, resources);
    expect(a.events.map((e) => `${e.actor1} vs ${e.actor2}`)).toEqual([expected]);
  });
});

describe('the object of a strike in Arabic', () => {
  it('is the army whose barracks were shelled, not the doer', () => {
    const a = analyse({ id: 't', text: 'وتبنت جماعة نصرة الإسلام والمسلمين قصف ثكنة الجيش المالي في مطار غاو مساء الأحد.', published: '2024-04-16' }, resources);
    expect(a.events.map((e) => `${e.actor1} vs ${e.actor2}`)).toEqual(['JNIM: Group for Support of Islam and Muslims vs Military Forces of Mali']);
  });
});

describe('a claim beside an act that went unclaimed', () => {
  it('keeps the claimed attack its claimant and leaves the unclaimed abduction unidentified', () => {
    const text = "Douze militaires ont été tués samedi dans une attaque contre le poste de Makalondi. L'attaque a été revendiquée dimanche par le Groupe de soutien à l'islam et aux musulmans (GSIM).\n\nDimanche, des hommes armés ont par ailleurs enlevé le chef d'un village près de Torodi. Aucune revendication n'a été enregistrée.";
    const a = analyse({ id: 't', text, published: '2025-04-08', lang: 'fr' }, resources);
    expect(a.events.map((e) => `${e.sub_event_type} ${e.actor1}`)).toEqual(['Armed clash JNIM: Group for Support of Islam and Muslims', 'Abduction/forced disappearance Unidentified Armed Group (Niger)']);
  });
});

describe('armed men said to belong to a group', () => {
  it.each([
    ['قُتل ٢١ مدنيا أمس في هجوم شنه مسلحون يُشتبه في انتمائهم إلى تنظيم "داعش" على قرية كوكورو قرب تيرا. ولم تتبن أي جهة الهجوم.', 'Islamic State (Sahel)'],
    ['Gunmen suspected of belonging to JNIM killed five villagers near Boni on Monday. No group has claimed the attack.', 'JNIM: Group for Support of Islam and Muslims'],
  ])('are that group, even when no one claimed the act: %s', (text, expected) => {
    const a = analyse({ id: 't', text, published: '2024-12-10' }, resources);
    expect(a.events.map((e) => e.actor1)).toEqual([expected]);
  });
});

describe('the day a statement confirmed an act', () => {
  it('is not the day of the act', () => {
    const a = analyse({ id: 't', text: "Le gouvernement a confirmé lundi soir l'attaque perpétrée dimanche contre le marché de Zogoré.", published: '2023-06-20', lang: 'fr' }, resources);
    expect(a.events.map((e) => e.event_date)).toEqual(['2023-06-18']);
  });

  it('is not the day of the act when it was the day the statement was broadcast (ar)', () => {
    const text = 'قال الجيش في بيان بثه التلفزيون الرسمي أمس الأحد إن جنديين قُتلا وأصيب أربعة آخرون، يوم السبت، عندما تعرضت دورية لهجوم قرب بوني.';
    const a = analyse({ id: 't', text, published: '2023-06-12', lang: 'ar' }, resources);
    expect(a.events.map((e) => e.event_date)).toEqual(['2023-06-10']);
  });

  it('dates a siege declared in a message on the day the message was broadcast', () => {
    const text = 'أعلنت الجماعة فرض حصار على بلدة بوني في تسجيل صوتي بثته منصاتها الرسمية يوم الاثنين. وقال أحد السكان أمس الثلاثاء إن الأسواق فارغة.';
    const a = analyse({ id: 't', text, published: '2023-06-14', lang: 'ar' }, resources);
    expect(a.events.map((e) => e.event_date)).toEqual(['2023-06-12']);
  });
});

describe('a week named, then a day in it', () => {
  it('dates the act on the day told next', () => {
    const text = 'Burkina Faso police arrested three leaders of a civil society coalition in Ouagadougou last week, their lawyers said on Tuesday. The three men were taken from their homes on Friday evening by police officers.';
    expect(analyse({ id: 't', text, published: '2025-07-15', lang: 'en' }, resources).events.map((e) => `${e.event_date} ${e.time_precision}`)).toEqual(['2025-07-11 1']);
  });
});

describe('French agency datelines', () => {
  const dated = (text: string, published: string) => analyse({ id: 't', text, published }, resources).events.map((e) => `${e.event_date} ${e.sub_event_type} @${e.location}`);
  it('dates the event, not the filing, under « Kongoussi, 10 août 2023 (AIB) – »', () => {
    expect(dated("Kongoussi, 10 août 2023 (AIB) – Le détachement militaire de Rollo a été la cible d'une attaque terroriste le mardi 8 août 2023.\n\nLes soldats de Rollo ont opposé une riposte vigoureuse après plus de deux heures de combats.", '2023-08-10').map((e) => e.slice(0, 10))).toEqual(['2023-08-08']);
  });
});

describe('a takeover told in brief in the lead, with no place', () => {
  it('types the fight the body places at one town', () => {
    const text =
      'OUAGADOUGOU (AP) — Jihadi fighters overran an army base in eastern Burkina Faso this week and were still in control of the town days later, residents said Friday.\nThe attack on Bilanga, in Gnagna province, began early Monday when hundreds of gunmen on motorcycles stormed the base, two residents said. After several hours of fighting the soldiers withdrew.';
    const events = extractDocument({ id: 't', text, published: '2023-10-06' }, resources).events;
    expect(events.map((e) => [e.location, e.sub_event_type])).toEqual([['Bilanga', 'Non-state actor overtakes territory']]);
  });

  it('does not type a fight by a territory word of the background', () => {
    const text =
      'Suspected jihadists killed at least 14 people in an attack on a village in northeastern Burkina Faso overnight from Saturday to Sunday, the regional governor said.\nGunmen on motorbikes stormed Guendé, about 18 km southeast of Sebba, shortly before midnight, shooting men in their homes.\nBurkina Faso\'s military leader has pledged to retake territory held by armed groups.';
    const events = extractDocument({ id: 't', text, published: '2022-10-25' }, resources).events;
    expect(events.map((e) => e.sub_event_type)).toEqual(['Attack']);
  });
});

describe('a string of attacks the report recalls', () => {
  it('is a trend: no event at the regions it names', () => {
    const text =
      'Suspected Islamist militants attacked soldiers guarding a weekly market in Sakounou, in central Mali, on Sunday, killing three soldiers, a security source said.\nThe attack is the latest in a string of assaults on rural markets in the Segou and Mopti regions, where the fighters have besieged villages.';
    const events = extractDocument({ id: 't', text, published: '2024-01-23' }, resources).events;
    expect(events.map((e) => e.location)).toEqual(['Sakounou']);
  });
});

describe('a siege declared and property burnt in one sentence', () => {
  it('are two acts, each on its day', () => {
    const text = 'BAMAKO (Reuters) - Al Qaeda-linked militants have declared a blockade on Kolokani and burned four trucks on its outskirts on Tuesday, residents said.';
    const events = extractDocument({ id: 't', text, published: '2025-10-15' }, resources).events;
    expect(events.map((e) => [e.sub_event_type, e.event_date]).sort()).toEqual([
      ['Change to group/activity', '2025-10-15'],
      ['Looting/property destruction', '2025-10-14'],
    ]);
  });
});

describe("a gathering told beside a state's diplomatic protest", () => {
  it('is a demonstration, the people it asks about no abduction of its sentence', () => {
    const text = 'نظم عشرات من سكان مدينة باسكنو يوم السبت وقفة سلمية أمام مقر البلدية للمطالبة بالإفراج عن المختطفين، فيما استدعت وزارة الخارجية الموريتانية سفير مالي وأبلغته "احتجاجا شديد اللهجة".';
    const events = extractDocument({ id: 't', text, published: '2025-04-13' }, resources).events;
    expect(events.map((e) => [e.location, e.sub_event_type])).toEqual([['Bassikounou', 'Peaceful protest']]);
  });
});
