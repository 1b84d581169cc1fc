/**
 * One-line cases per language: a report and the event an ACLED coder would take from it, field by
 * field (only the fields named are checked). Written for sahelwatch; not copied from any outlet.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument, loadResources } from '../../src/pipeline/pipeline.ts';
import type { CodedEvent } from '../../src/pipeline/types.ts';

type Case = [text: string, published: string, expected: Partial<CodedEvent> | null];

const JNIM = 'JNIM: Group for Support of Islam and Muslims';
const ISS = 'Islamic State (Sahel)';

const CASES: Record<'ar' | 'fr' | 'en', Case[]> = {
  ar: [
    ['وصل مسلحون على دراجات نارية إلى بلدة بوني يوم الأحد وتبادلوا إطلاق النار مع الجنود لساعة.', '2023-08-22', { event_date: '2023-08-20', event_type: 'Battles', sub_event_type: 'Armed clash', location: 'Boni' }],
    ['أعلن الجيش السنغالي أن وحدات من الجيش سيطرت يوم السبت على ثلاث قواعد لحركة القوى الديمقراطية في كازامانس قرب سينديان.', '2024-12-09', { event_date: '2024-12-07', sub_event_type: 'Government regains territory', actor1: 'Military Forces of Senegal', actor2: 'MFDC: Movement of Democratic Forces of Casamance' }],
    ['سيطر مسلحون من جماعة نصرة الإسلام والمسلمين على بلدة ديابو في محافظة غورما ليلة الأحد إلى الاثنين.', '2024-05-22', { event_date: '2024-05-19', event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory', actor1: JNIM, location: 'Diabo' }],
    ['استهدف هجوم جوي يوم السبت تجمعا للإرهابيين قرب كورسيمورو.', '2022-10-03', { event_date: '2022-10-01', sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Burkina Faso' }],
    ['أعلنت السلطات يوم الاثنين اغتيال عمدة بلدة بوني على يد مسلحين مجهولين يوم الأحد.', '2018-07-12', { event_date: '2018-07-08', event_type: 'Violence against civilians', sub_event_type: 'Attack', location: 'Boni', fatalities: 1 }],
    ['حاول مسلحون اغتيال عمدة بوني يوم الأحد.', '2018-07-12', { event_date: '2018-07-08', event_type: 'Violence against civilians', fatalities: 0 }],
    ['نظم عشرات من حملة الشهادات العاطلين عن العمل اعتصاما أمام مقر الولاية في مدينة أطار يوم الثلاثاء.', '2023-04-06', { event_date: '2023-04-04', event_type: 'Protests', sub_event_type: 'Peaceful protest' }],
    ['اشتبكت قوات الجيش مع مسلحين قرب مادارونفا يوم الأحد.', '2022-07-19', { event_date: '2022-07-17', event_type: 'Battles', sub_event_type: 'Armed clash' }],
    ['خرج مئات الطلاب إلى الشوارع في دوغوندوتشي يوم الاثنين للمطالبة بمطبات لتخفيف السرعة.', '2019-11-26', { event_date: '2019-11-25', event_type: 'Protests', sub_event_type: 'Peaceful protest' }],
    ['هاجم مسلحون من جماعة نصرة الإسلام والمسلمين صباح الأحد موقعا للجيش المالي في بلدة بوني بمنطقة موبتي.', '2024-05-14', { event_date: '2024-05-12', event_type: 'Battles', actor1: JNIM, actor2: 'Military Forces of Mali', location: 'Boni', admin1: 'Mopti' }],
    ['اختطف مسلحون مجهولون أمس ثلاثة عمال في منجم قرب كينييبا غرب مالي.', '2023-03-09', { event_date: '2023-03-08', sub_event_type: 'Abduction/forced disappearance', actor2: 'Civilians (Mali)' }],
    ['قتل عشرة مدنيين يوم الجمعة في هجوم لتنظيم الدولة الإسلامية على قرية قرب ميناكا.', '2022-06-12', { event_date: '2022-06-10', event_type: 'Violence against civilians', actor1: ISS, actor2: 'Civilians (Mali)', fatalities: 10 }],
    ['تظاهر مئات الطلاب يوم الاثنين في نيامي احتجاجا على تأخر المنح.', '2024-02-08', { event_date: '2024-02-05', event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Niger)', location: 'Niamey' }],
    ['ويقول محللون إن الجماعات المسلحة تستغل الفراغ، بينما تراهن الحكومات في باماكو ونيامي على الطائرات المسيّرة.', '2024-02-05', null],
    ['ويرى خبير أمني في داكار أن الخطر لا يكمن في هجمات وشيكة بل في تمويل طويل الأمد.', '2024-09-05', null],
    ['عثرت وحدة من الجيش يوم السبت على سيارة مهجورة محملة ببنادق رشاشة قرب قرية ماراندي.', '2023-02-19', { event_date: '2023-02-18', sub_event_type: 'Disrupted weapons use' }],
    ['تستمر المفاوضات في الجزائر بين الأطراف المالية دون نتائج.', '2024-01-10', null],
    ['قُتل جندي مالي وأصيب آخران أمس الأربعاء في كمين نصبه مسلحون قرب دوينتزا.', '2023-10-12', { event_date: '2023-10-11', actor1: 'Unidentified Armed Group (Mali)', actor2: 'Military Forces of Mali', fatalities: 1 }],
    ['قُتل سبعة عناصر من صيادي الدوزو يوم السبت في اشتباكات مع مسلحين من جماعة نصرة الإسلام والمسلمين قرب ماسينا.', '2022-02-08', { event_type: 'Battles', actor1: JNIM, actor2: 'Dozo Communal Militia (Mali)', fatalities: 7 }],
    ['تمكنت وحدة من الجيش النيجري يوم الثلاثاء من تفكيك عبوة ناسفة زرعت على الطريق قرب أيورو.', '2023-04-13', { event_date: '2023-04-11', event_type: 'Strategic developments', sub_event_type: 'Disrupted weapons use', actor1: 'Military Forces of Niger' }],
    ['أعلنت جماعة نصرة الإسلام والمسلمين فرض حصار على مدينة نيورو، مهددة المدنيين الذين ساعدوا الجيش خلال هجمات الثلاثاء.', '2025-07-05', { event_date: '2025-07-05', sub_event_type: 'Change to group/activity', actor1: JNIM, actor2: null, location: 'Nioro' }],
    ['هدد مسلحون يوم الاثنين بمحاصرة مدينة نيونو ومهاجمة أي شاحنة تدخلها.', '2023-08-22', { event_date: '2023-08-21', event_type: 'Strategic developments', sub_event_type: 'Change to group/activity', actor2: null, location: 'Niono' }],
    ['عاشت مدينة باندياغارا يوم الثلاثاء يوم المدينة الميتة احتجاجا على خطف خمسة سائقين.', '2023-08-23', { event_date: '2023-08-22', event_type: 'Protests', sub_event_type: 'Peaceful protest' }],
    ['قالت جبهة تحرير أزواد إن مسيرة تابعة للجيش المالي قصفت يوم الأحد سيارة تقل عناصرها قرب كيدال.', '2025-05-06', { event_date: '2025-05-04', sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Mali', actor2: 'FLA: Azawad Liberation Front' }],
    ['قال الجيش المالي إن مسيرة قصفت يوم الأحد تجمعا لمسلحين قرب كيدال.', '2025-05-06', { event_date: '2025-05-04', sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Mali' }],
    ['قتل جنود ماليون برفقة عناصر من فاغنر ستة رعاة قرب نيونو يوم الأحد.', '2024-02-20', { event_type: 'Violence against civilians', actor1: 'Military Forces of Mali', actor2: 'Civilians (Mali)', fatalities: 6 }],
    ['اعتقل الدرك يوم الأحد خمسة أشخاص في قرية قرب بانامبا للاشتباه في تزويدهم جماعة نصرة الإسلام والمسلمين بالوقود.', '2024-09-30', { event_date: '2024-09-29', sub_event_type: 'Arrests', actor2: 'Civilians (Mali)' }],
    ['قتل مسلحون رجلين في بوني يوم الاثنين بعد أن اتهموهما بالتعاون مع الجيش.', '2024-02-20', { event_date: '2024-02-19', event_type: 'Violence against civilians', actor2: 'Civilians (Mali)', fatalities: 2 }],
    ['فرض مسلحون منذ يوم الأحد حصارا على مدينة نيونو، بحسب سكان.', '2023-08-22', { event_date: '2023-08-20', sub_event_type: 'Change to group/activity', location: 'Niono' }],
    // 'the fate of the five herders is not known' the sentence after their arrest: a disappearance.
    ['اعتقلت وحدة من الجيش المالي، أمس الاثنين، خمسة منمين موريتانيين قرب مدينة عدل بكرو واقتادتهم نحو الأراضي المالية. وقال أحد الأقارب إن العسكريين وصلوا على متن ست سيارات. ولا يُعرف مصير المنمين الخمسة حتى صباح اليوم.', '2025-02-11', { event_date: '2025-02-10', sub_event_type: 'Abduction/forced disappearance', actor1: 'Military Forces of Mali' }],
    // A roadside bomb, then the men who planted it open fire: a battle the bomb opened.
    ['زرع مسلحون عبوة ناسفة انفجرت يوم الثلاثاء بدورية للجيش قرب تيتاو، ثم فتحوا النار على الجنود.', '2023-04-06', { event_date: '2023-04-04', event_type: 'Battles', sub_event_type: 'Armed clash' }],
    // 'bringing the death toll to five': the total of the dead told before, not more dead.
    ['قُتل ثلاثة ركاب، يوم السبت، عندما هاجم مسلحون زورقا قرب قرية سيباغابيري، جنوب شرق ديري. ولقي اثنان من المهاجمين حتفهما غرقا بعد انقلاب قاربهم، لتصل حصيلة القتلى إلى خمسة، حسب مسؤول محلي.', '2019-12-10', { event_date: '2019-12-07', fatalities: 5 }],
    // Gendarmes named only in the next day's arrests are no side of the attack told before.
    ['أسفر هجوم شنه مسلحون مساء السبت على قرية سوندول، شمال مدينة بانكاس، عن سقوط ٢٠ ضحية بين قتيل وجريح، بينهم تسعة قتلى.\n\nوفي اليوم التالي، الأحد، نفذت وحدات من الدرك عملية تفتيش في قرية دورودون المجاورة، واعتقلت خمسة أشخاص يُشتبه في تقديمهم معلومات للمهاجمين.', '2021-11-16', { event_date: '2021-11-13', event_type: 'Violence against civilians', actor2: 'Civilians (Mali)', fatalities: 9 }],
    // A patrol that clashed with a gang 'after pursuing it for hours' opened the fight.
    ['قال مصدر عسكري موريتاني إن دورية للجيش اشتبكت، أمس الثلاثاء، مع عصابة لسرقة المواشي قرب قرية تينغومبا في ولاية الحوض الغربي، بعد ملاحقتها لساعات، ما أسفر عن مقتل اثنين من اللصوص.', '2022-10-19', { event_date: '2022-10-18', actor1: 'Military Forces of Mauritania' }],
    // 'military aviation carried out strikes': an air strike, not a clash.
    ['وأضاف البيان أن الطيران العسكري نفذ يوم الثلاثاء ضربات استهدفت مقاتلي التنظيم الفارين قرب قرية غاليانغو، شرق تيرا، ما أسفر عن مقتل أكثر من عشرين إرهابيا.', '2023-09-20', { event_date: '2023-09-19', sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Niger', fatalities: 20 }],
    // 'أمس الأول' is the day before yesterday, as 'أول أمس' is.
    ['قُتل ثمانية من الصيادين التقليديين في هجوم شنه مقاتلون من جماعة نصرة الإسلام والمسلمين، صباح أمس الأول الأحد، على قرية بانابوغو جنوب مدينة نيونو.', '2022-09-27', { event_date: '2022-09-25', actor1: JNIM }],
  ],
  fr: [
    ["Les gendarmes ont interpellé dimanche cinq commerçants près de Banamba, soupçonnés de ravitailler le JNIM en carburant.", '2024-09-30', { event_date: '2024-09-29', sub_event_type: 'Arrests', actor2: 'Civilians (Mali)' }],
    // Residents who fight the forces of order are rioters, past an aside between the two sides.
    ["De violents heurts ont opposé lundi des habitants de Fana, chef-lieu de commune du cercle de Dioïla, et les forces de l'ordre au sujet d'un litige foncier.", '2023-05-10', { event_type: 'Riots', sub_event_type: 'Violent demonstration', actor1: 'Rioters (Mali)', actor2: 'Police Forces of Mali' }],
    ["Le 12 octobre, un engin explosif improvisé a été découvert et désamorcé par une équipe du génie à l'entrée de Ras El Ma. Ce communiqué intervient alors que la ville de Tombouctou vit depuis le mois d'août sous le blocus imposé par le JNIM.", '2023-10-14', { event_date: '2023-10-12', sub_event_type: 'Disrupted weapons use', actor1: 'Military Forces of Mali' }],
    ['Le samedi 1er octobre, une offensive aérienne a visé un groupe de terroristes près de Korsimoro.', '2022-10-03', { event_date: '2022-10-01', sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Burkina Faso' }],
    ['Dimanche, des hommes armés ont attaqué le village de Dianwely ; les habitants ont riposté et un assaillant a été tué.', '2018-11-20', { event_date: '2018-11-18', event_type: 'Battles', sub_event_type: 'Armed clash', actor2: 'Dianwely Communal Militia (Mali)', fatalities: 1 }],
    ["Des bandits armés ont braqué un camion de commerçants près de Bourem mardi.", '2019-10-10', { event_date: '2019-10-08', event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction', location: 'Bourem' }],
    ["Des hommes armés se sont emparés d'un véhicule du CICR à Gao lundi.", '2018-07-12', { event_date: '2018-07-09', event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction', location: 'Gao' }],
    ["Des hommes armés ont tenté d'assassiner le maire de Boni dimanche.", '2018-07-12', { event_date: '2018-07-08', event_type: 'Violence against civilians', fatalities: 0 }],
    ["Des militaires et des hommes armés ont échangé des coups de feu dimanche à Ténenkou.", '2017-07-10', { event_date: '2017-07-09', event_type: 'Battles', sub_event_type: 'Armed clash', location: 'Ténenkou' }],
    ['Dimanche à Ténenkou, la riposte des militaires a mis en fuite les hommes armés.', '2017-07-10', { event_date: '2017-07-09', event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Military Forces of Mali' }],
    ["Le 13 mars 2023, une unité en patrouille a découvert un engin explosif improvisé enfoui sur la chaussée à hauteur de Fatoma.", '2023-03-16', { event_date: '2023-03-13', event_type: 'Strategic developments', sub_event_type: 'Disrupted weapons use', actor1: 'Military Forces of Mali' }],
    ["Un jeune homme soupçonné de vol a été lynché à mort par une foule dans la nuit de samedi à dimanche à Keur Massar.", '2023-09-05', { event_date: '2023-09-02', event_type: 'Riots', sub_event_type: 'Mob violence', fatalities: 1 }],
    ["Trois ressortissants chinois ont été enlevés dimanche sur un site aurifère près de Kignan par des hommes armés. Selon un conseiller communal, les ravisseurs sont arrivés à moto. Un vigile malien qui tentait de s'interposer a été abattu. Le même jour, des hommes armés ont incendié un camion près de Zégoua.", '2022-01-12', { event_date: '2022-01-09', sub_event_type: 'Abduction/forced disappearance', location: 'Kignan', fatalities: 1 }],
    ["De violents affrontements ont opposé hier lundi des orpailleurs à des éléments de la gendarmerie à Mako.", '2024-04-30', { event_date: '2024-04-29', event_type: 'Riots', sub_event_type: 'Violent demonstration', actor1: 'Rioters (Senegal)', actor2: 'Police Forces of Senegal' }],
    ["Des heurts ont opposé lundi des jeunes aux forces de l'ordre à Mako.", '2024-04-30', { event_date: '2024-04-29', event_type: 'Riots', sub_event_type: 'Violent demonstration' }],
    ["Lundi, c'était au tour des habitants de Tintane de descendre dans la rue pour réclamer de l'eau.", '2023-05-24', { event_date: '2023-05-22', event_type: 'Protests', sub_event_type: 'Peaceful protest', admin1: 'Hodh el Gharbi' }],
    ["Des centaines d'élèves sont descendus dans la rue lundi à Dogondoutchi pour réclamer des ralentisseurs.", '2019-11-26', { event_date: '2019-11-25', event_type: 'Protests', sub_event_type: 'Peaceful protest', location: 'Dogondoutchi' }],
    ["De violentes manifestations d'élèves ont paralysé Dogondoutchi hier lundi.", '2019-11-26', { event_date: '2019-11-25', event_type: 'Riots', sub_event_type: 'Violent demonstration', actor1: 'Rioters (Niger)' }],
    ["Des soldats maliens ont procédé lundi à des exécutions sommaires à Sévaré, selon des habitants.", '2013-01-30', { event_date: '2013-01-28', event_type: 'Violence against civilians', sub_event_type: 'Attack', actor1: 'Military Forces of Mali', actor2: 'Civilians (Mali)' }],
    ["Des hommes armés ont tué mardi cinq civils dans le village de Bankass, selon des sources locales.", '2023-11-16', { event_date: '2023-11-14', event_type: 'Violence against civilians', actor2: 'Civilians (Mali)', fatalities: 5, location: 'Bankass' }],
    ["L'armée malienne a mené samedi une frappe de drone près de Léré, tuant plusieurs combattants du JNIM, selon l'état-major.", '2024-03-04', { event_date: '2024-03-02', sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Mali', actor2: JNIM, geo_precision: 2 }],
    ['Un engin explosif improvisé a touché lundi un véhicule de la MINUSMA près de Kidal, blessant trois casques bleus.', '2022-09-14', { sub_event_type: 'Remote explosive/landmine/IED', actor1: 'Unidentified Armed Group (Mali)', fatalities: 0, admin1: 'Kidal' }],
    ['Des centaines de jeunes ont manifesté vendredi à Ouagadougou ; la police a dispersé la foule à coups de gaz lacrymogène.', '2023-05-22', { event_date: '2023-05-19', sub_event_type: 'Protest with intervention', actor1: 'Protesters (Burkina Faso)', location: 'Ouagadougou' }],
    // A demonstration met with force in the next sentence, which names no place of its own: one protest, with intervention.
    ["Hier mardi, des habitants de Kaédi ont manifesté contre les coupures d'eau. La gendarmerie a dispersé les manifestants à coups de grenades lacrymogènes.", '2022-05-25', { event_date: '2022-05-24', sub_event_type: 'Protest with intervention', actor2: 'Police Forces of Mauritania', location: 'Kaédi' }],
    // A march that disperses of itself is met by no one.
    ["Des centaines d'élèves ont marché hier lundi à Magaria pour réclamer des enseignants. Ils ont remis un message au maire avant de se disperser dans le calme.", '2023-10-10', { event_date: '2023-10-09', sub_event_type: 'Peaceful protest', actor2: null }],
    ["Le gouvernement de transition a annoncé hier un nouveau calendrier électoral.", '2024-04-02', null],
    ["L'armée malienne a repris jeudi le contrôle de Ber après le départ des combattants de la CMA, selon l'état-major.", '2023-08-20', { event_date: '2023-08-17', sub_event_type: 'Government regains territory', actor1: 'Military Forces of Mali' }],
    ["Quatre militaires nigériens ont été tués dimanche lors d'une attaque de l'État islamique contre leur poste près de Téra.", '2023-05-16', { event_date: '2023-05-14', actor1: ISS, actor2: 'Military Forces of Niger', fatalities: 4 }],
    // « a fait l'objet d'une attaque »: the post named before it was attacked, not the attacker.
    ["Le mercredi 21 août, le poste FAMa de Noubougou a fait l'objet d'une attaque terroriste.", '2024-08-24', { event_date: '2024-08-21', actor1: 'Unidentified Armed Group (Mali)', actor2: 'Military Forces of Mali' }],
    // A people's name inside a place's ("Bambara Maoudé", "Tagari Peulh") names the place.
    ["Des hommes armés ont tué cinq civils dimanche à Bambara Maoudé, dans le cercle de Gourma-Rharous.", '2021-03-02', { event_date: '2021-02-28', location: 'Bambara-Maoundé', geo_precision: 1 }],
    // A riot's other side may be the force the crowd turned on in the sentences after it.
    ["Des jeunes de Boghé ont brûlé des pneus lundi sur la route nationale pour dénoncer les coupures d'électricité. Ils ont caillassé les véhicules de la gendarmerie venue rouvrir la route.", '2024-08-13', { event_date: '2024-08-12', event_type: 'Riots', actor1: 'Rioters (Mauritania)', actor2: 'Police Forces of Mauritania' }],
    ["Lundi, des jeunes de Sangalkam ont bloqué la route avec des pneus enflammés. Lorsque les gendarmes sont intervenus, les manifestants leur ont lancé des pierres.", '2024-08-13', { event_date: '2024-08-12', event_type: 'Riots', actor1: 'Rioters (Senegal)', actor2: 'Police Forces of Senegal' }],
    ['Des affrontements entre jeunes manifestants et forces de l\'ordre ont fait une dizaine de morts jeudi à Kaolack.', '2021-03-06', { event_type: 'Riots', actor1: 'Rioters (Senegal)', actor2: 'Police Forces of Senegal', fatalities: 10 }],
    ['Un kamikaze a fait exploser sa ceinture mardi devant un poste de police à Ouahigouya, tuant deux policiers.', '2022-03-10', { event_date: '2022-03-08', sub_event_type: 'Suicide bomb', fatalities: 3 }],
    ["Ces derniers mois, les habitants de Sokolo et Diabaly dénoncent la multiplication des enlèvements.", '2022-09-05', null],
    // A toll told in the sentence after the attack is the attack's, though the report tells a second event.
    ["Le poste militaire de Tassara a été attaqué samedi par des terroristes. Le bilan provisoire est le suivant : deux militaires ont perdu la vie. Le même jour, une patrouille a détruit un engin explosif improvisé près de Tillia.", '2022-12-12', { location: 'Tassara', event_type: 'Battles', fatalities: 2 }],
    // An attack no one claimed is not the work of the groups the report names as active nearby.
    ["Des hommes armés ont tué jeudi vingt civils au marché de Gorom-Gorom. L'attaque n'a pas été revendiquée. L'État islamique au Sahel et le JNIM sont actifs dans la zone.", '2024-10-12', { actor1: 'Unidentified Armed Group (Burkina Faso)', fatalities: 20 }],
    ["De nombreux villages de la zone de Sindian avaient été désertés après les affrontements de 2022 entre l'armée et le MFDC.", '2024-11-19', null],
    ["Le JNIM a annoncé un blocus de Nioro du Sahel, menaçant les civils qui ont aidé l'armée lors des attaques de mardi.", '2025-07-05', { event_date: '2025-07-05', event_type: 'Strategic developments', sub_event_type: 'Change to group/activity', actor1: JNIM, actor2: null, location: 'Nioro' }],
    ["Le JNIM a menacé lundi d'assiéger Niono et d'attaquer les camions qui s'y rendent.", '2023-08-22', { event_date: '2023-08-21', event_type: 'Strategic developments', sub_event_type: 'Change to group/activity', actor1: JNIM, actor2: null }],
    ["Les habitants de Bandiagara ont observé mardi une journée ville morte pour dénoncer l'assassinat de cinq chauffeurs.", '2023-08-23', { event_date: '2023-08-22', event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Mali)', fatalities: 0 }],
    ['Des militaires maliens appuyés par des mercenaires de Wagner ont tué dimanche six bergers près de Niono.', '2024-02-20', { event_type: 'Violence against civilians', actor1: 'Military Forces of Mali', actor2: 'Civilians (Mali)', fatalities: 6 }],
    ["Des hommes armés ont tué lundi deux villageois à Boni, accusés de collaborer avec l'armée malienne.", '2024-02-20', { event_date: '2024-02-19', event_type: 'Violence against civilians', actor2: 'Civilians (Mali)', fatalities: 2 }],
    ["Des hommes armés ont tué samedi huit civils à Diallassagou. Cette attaque, qui a fait huit morts, a provoqué lundi une marche de protestation à Bankass.", '2022-06-15', { event_date: '2022-06-11', event_type: 'Violence against civilians', fatalities: 8 }],
    ["Le JNIM impose depuis dimanche un blocus à Niono, selon des habitants.", '2023-08-22', { event_date: '2023-08-20', sub_event_type: 'Change to group/activity', actor1: JNIM, location: 'Niono' }],
    ["Dimanche après-midi, des hommes armés ont intercepté un camion près de Sideïr et enlevé trois commerçants mauritaniens qui se rendaient à Nioro.", '2025-10-14', { event_date: '2025-10-12', actor2: 'Civilians (International)' }],
    ["Le jeudi 8 juillet 2021, une unité en patrouille a interpellé à Diatala, à quelques kilomètres de Kita, quatre individus suspects en possession de matériel servant à la fabrication d'engins explosifs.", '2021-07-10', { event_date: '2021-07-08', sub_event_type: 'Arrests' }],
  ],
  en: [
    // The region in the lead and the post in the body are one fight; its two sides' dead are told one in each.
    ["NIAMEY, Nov 18 (Reuters) - Islamic State West Africa Province (ISWAP) fighters attacked a military post in Niger's southeastern Diffa region on Saturday, killing three soldiers, the defence ministry said on Sunday. The post at Kanou Ngourbou, about 18 km southeast of N'Guigmi, was attacked in the early morning, the ministry said, adding that nine assailants were killed.", '2019-11-18', { event_date: '2019-11-16', location: 'Kanou Ngourbou', fatalities: 12 }],
    ['Gunmen shot at a UN convoy near Gossi on Sunday.', '2016-06-14', { event_type: 'Battles', actor2: 'MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali' }],
    ['Two men shot to death a trader in Kidal city centre on Sunday.', '2016-06-14', { event_date: '2016-06-12', event_type: 'Violence against civilians', sub_event_type: 'Attack', location: 'Kidal', fatalities: 1 }],
    ['Gunmen shot at an army patrol near Gossi on Sunday.', '2016-06-14', { event_date: '2016-06-12', event_type: 'Battles', location: 'Gossi' }],
    ['An air offensive hit a group of militants near Korsimoro on Saturday, the army said.', '2022-10-03', { event_date: '2022-10-01', sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Burkina Faso' }],
    ['French warplanes struck an Islamist base near Infara on Sunday.', '2016-11-20', { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', actor1: 'Military Forces of France', actor2: null }],
    ['On November 18, Dogon militiamen attacked the village of Dianwely, Fulani youths returned fire, several wounded.', '2018-11-20', { event_date: '2018-11-18', event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Dogon Ethnic Militia (Mali)', actor2: 'Fulani Ethnic Militia (Mali)' }],
    ['Gunmen on motorbikes attacked the village of Gaberi on Sunday and were fought off by residents. One attacker was killed.', '2018-11-20', { event_type: 'Battles', sub_event_type: 'Armed clash', actor2: 'Gaberi Communal Militia (Mali)', fatalities: 1 }],
    ['Gunmen on motorbikes attacked the village of Gaberi on Sunday, killing two villagers.', '2018-11-20', { event_type: 'Violence against civilians', sub_event_type: 'Attack', actor2: 'Civilians (Mali)', fatalities: 2 }],
    ['On October 30, unknown gunmen robbed the vehicle of the customs chief near Bourem.', '2019-11-02', { event_date: '2019-10-30', sub_event_type: 'Looting/property destruction', location: 'Bourem' }],
    ['On August 29, suspected Fulani militiamen seized livestock in the village of Bourem.', '2019-09-02', { event_date: '2019-08-29', sub_event_type: 'Looting/property destruction' }],
    ['On May 30, unknown gunmen seized a vehicle belonging to the ICRC in Gao.', '2018-06-02', { event_date: '2018-05-30', sub_event_type: 'Looting/property destruction', location: 'Gao' }],
    ['Rebel forces overtook Kidal on Sunday.', '2012-03-31', { event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory', actor2: 'Military Forces of Mali', location: 'Kidal' }],
    ['The MNLA says it has taken control of Menaka.', '2014-05-28', { event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory', actor1: 'MNLA: National Movement for the Liberation of Azawad', actor2: 'Military Forces of Mali' }],
    ['On July 5, presumed Katiba Macina (JNIM) militants assassinated a griot in Dialloube.', '2018-07-12', { event_date: '2018-07-05', event_type: 'Violence against civilians', sub_event_type: 'Attack', actor1: JNIM }],
    ['Unknown gunmen gunned down a trader in Boni on Sunday.', '2018-07-12', { event_date: '2018-07-08', event_type: 'Violence against civilians', fatalities: 1 }],
    ['On June 26, unknown gunmen attempted to assassinate an army officer in Kidal; two suspects were arrested.', '2018-07-12', { event_date: '2018-06-26', fatalities: 0 }],
    ['A member of the movement survived an assassination attempt at his home in Bamako on Sunday.', '2018-07-12', { fatalities: 0 }],
    ['Gunmen on motorbikes exchanged gunfire with Malian soldiers in Gao on Sunday.', '2017-07-10', { event_date: '2017-07-09', event_type: 'Battles', sub_event_type: 'Armed clash', actor2: 'Military Forces of Mali', location: 'Gao' }],
    ['Suspected jihadists and soldiers traded fire for two hours near Boni on Sunday.', '2017-07-10', { event_date: '2017-07-09', event_type: 'Battles', sub_event_type: 'Armed clash', location: 'Boni' }],
    ['A skirmish between soldiers and suspected militants near Boni on Sunday left two dead.', '2017-07-10', { event_type: 'Battles', sub_event_type: 'Armed clash', fatalities: 2 }],
    ['On Monday a patrol found an IED buried on the road near Fatoma, the army said.', '2023-03-16', { event_type: 'Strategic developments', sub_event_type: 'Disrupted weapons use' }],
    ["Gunmen on motorbikes killed at least 12 civilians in an attack on a village in western Niger's Tillaberi region on Saturday, the local mayor said. The attackers stormed Simiri, a farming village in Ouallam department, in the late afternoon.", '2021-09-27', { event_date: '2021-09-25', location: 'Simiri', fatalities: 12 }],
    ['Islamist militants attacked a gendarmerie post in southwestern Burkina Faso on Sunday, killing four gendarmes. The attack in Mangodara was claimed by JNIM, which said it had killed nine gendarmes. On the same day, militants fired mortar rounds at a camp in Niangoloko.', '2022-04-05', { location: 'Mangodara', fatalities: 4 }],
    ['The attack on the gendarmerie post in Mangodara, in which four gendarmes were killed, was claimed on Monday by JNIM. It took place on Sunday.', '2022-04-05', { event_date: '2022-04-03', location: 'Mangodara' }],
    ['A Malian army sentinel opened fire on a vehicle in Menaka on Monday, killing the mayor.', '2019-02-06', { event_type: 'Violence against civilians', sub_event_type: 'Attack', actor1: 'Military Forces of Mali' }],
    ['On Saturday, several hundred people gathered in Gampela, waving flags and chanting slogans against France.', '2023-01-23', { event_date: '2023-01-21', event_type: 'Protests', sub_event_type: 'Peaceful protest' }],
    ['Hundreds of students took to the streets of Dogondoutchi on Monday to demand speed bumps.', '2019-11-26', { event_date: '2019-11-25', event_type: 'Protests', sub_event_type: 'Peaceful protest', location: 'Dogondoutchi' }],
    ['Malian troops carried out summary executions in Sevare on Monday, residents said.', '2013-01-30', { event_date: '2013-01-28', event_type: 'Violence against civilians', sub_event_type: 'Attack', actor1: 'Military Forces of Mali', actor2: 'Civilians (Mali)' }],
    ['Suspected Islamic State militants killed 12 villagers in an attack on Ouatagouna on Sunday, local officials said.', '2021-08-10', { event_date: '2021-08-08', actor1: ISS, actor2: 'Civilians (Mali)', fatalities: 12, location: 'Ouatagouna' }],
    ['JNIM fighters ambushed an army convoy near Dori on Friday, killing seven soldiers, security sources said.', '2022-11-28', { event_date: '2022-11-25', event_type: 'Battles', actor1: JNIM, actor2: 'Military Forces of Burkina Faso', fatalities: 7, geo_precision: 2 }],
    ['Gunmen kidnapped two aid workers in Timbuktu on Wednesday.', '2023-01-13', { event_date: '2023-01-11', sub_event_type: 'Abduction/forced disappearance', admin1: 'Tombouctou' }],
    ['Rioters set fire to the town hall in Kaolack on Tuesday after the arrest of an opposition figure.', '2023-06-08', { event_date: '2023-06-06', event_type: 'Riots', location: 'Kaolack', country: 'Senegal' }],
    ['Mali and Senegal signed an agreement on cross-border trade in Dakar.', '2024-01-10', null],
    ['Militants detonated a roadside bomb and then opened fire on an army patrol near Tessit on Monday, killing three soldiers.', '2022-05-04', { event_date: '2022-05-02', event_type: 'Battles', sub_event_type: 'Armed clash', fatalities: 3 }],
    ['Villagers accused two men of kidnapping a child in Dosso on Friday, police said.', '2023-02-12', null],
    ['Eight soldiers were killed on Tuesday when suspected jihadists ambushed their patrol near Gossi, the army said.', '2023-09-14', { event_date: '2023-09-12', actor1: 'Unidentified Armed Group (Mali)', actor2: 'Military Forces of Mali', fatalities: 8 }],
    ['Malian troops and Russian mercenaries killed 14 villagers near Sofara on Sunday, witnesses said.', '2022-04-05', { event_type: 'Violence against civilians', actor1: 'Military Forces of Mali', actor2: 'Civilians (Mali)', fatalities: 14 }],
    ['At least nine people were killed, including four soldiers, in an attack by JNIM fighters on a checkpoint in Niono on Monday.', '2023-07-12', { actor1: JNIM, fatalities: 9 }],
    ['NIAMEY (Reuters) - Gunmen kidnapped a teacher in Tillaberi on Thursday, a local official said.', '2024-02-10', { location: 'Tillabéri', sub_event_type: 'Abduction/forced disappearance' }],
    // A trend summed up over a stretch of time is no event; a day named with it is.
    ['Gunmen kidnapped a Turkish engineer near Filingue on Sunday. No group has claimed the kidnapping. Jihadist groups linked to al Qaeda and the Islamic State are active in the area.', '2025-12-02', { actor1: 'Unidentified Armed Group (Niger)' }],
    ['Several foreigners have been abducted in Niger this year, including in the Agadez and Dosso regions.', '2025-12-02', null],
    ['Gunmen killed five villagers in Seytenga on Tuesday, the deadliest attack this year.', '2025-12-04', { event_date: '2025-12-02', admin1: 'Sahel', fatalities: 5 }],
    ['Suspected jihadists stopped a truck on the road between Mopti and Djenne on Friday and abducted its driver.', '2023-06-20', { location: 'Mopti', sub_event_type: 'Abduction/forced disappearance' }],
    ['A crowd beat a man to death in Kayes on Saturday after accusing him of theft, police said.', '2022-10-11', { event_type: 'Riots', sub_event_type: 'Mob violence', actor2: 'Civilians (Mali)', fatalities: 1 }],
    ["Niger's army said it had killed 20 militants in air strikes near Tillia on Wednesday.", '2024-02-16', { sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Niger' }],
    ['Unidentified gunmen abducted three Turkish engineers at a road construction site near Segou on Monday.', '2024-03-13', { event_date: '2024-03-11', sub_event_type: 'Abduction/forced disappearance', actor2: 'Civilians (International)' }],
    ["JNIM declared a blockade of Kayes, threatening civilians who helped the army during Tuesday's attacks.", '2025-07-05', { event_date: '2025-07-05', event_type: 'Strategic developments', sub_event_type: 'Change to group/activity', actor1: JNIM, actor2: null, location: 'Kayes' }],
    ['Islamic State fighters threatened on Monday to besiege Tillaberi in western Niger and to kill anyone working with the army.', '2023-08-22', { event_date: '2023-08-21', event_type: 'Strategic developments', sub_event_type: 'Change to group/activity', actor1: ISS, actor2: null }],
    ['Militants who had threatened to besiege Boni attacked an army post in the town on Sunday, killing three soldiers.', '2023-08-22', { event_date: '2023-08-20', event_type: 'Battles', actor2: 'Military Forces of Mali', fatalities: 3 }],
    ['Shops stayed shut in Bandiagara on Tuesday for a ghost town day called to denounce the killing of five drivers.', '2023-08-23', { event_date: '2023-08-22', event_type: 'Protests', sub_event_type: 'Peaceful protest', fatalities: 0 }],
    ['Malian soldiers backed by fighters of the Wagner group killed six herders near Niono on Sunday.', '2024-02-20', { event_type: 'Violence against civilians', actor1: 'Military Forces of Mali', actor2: 'Civilians (Mali)', fatalities: 6 }],
    ['Gendarmes arrested five traders near Banamba on Sunday on suspicion of supplying JNIM with fuel.', '2024-09-30', { event_date: '2024-09-29', sub_event_type: 'Arrests', actor2: 'Civilians (Mali)' }],
    ['Gunmen killed a woman in Boni on Monday, accusing her of collaborating with the Malian army.', '2024-02-20', { event_date: '2024-02-19', event_type: 'Violence against civilians', actor2: 'Civilians (Mali)', fatalities: 1 }],
    // A roadside bomb, then gunfire on the same convoy: one battle the bomb opened.
    ['Three soldiers were killed on Sunday when their convoy hit a roadside bomb and came under fire near Kourmina, west of Bourem, the army said.', '2025-01-14', { event_date: '2025-01-12', event_type: 'Battles', sub_event_type: 'Armed clash', fatalities: 3 }],
    ['The convoy was hit by a roadside bomb near the village of Arbichi on Sunday before coming under heavy fire, a security source said. Two soldiers were killed.', '2025-02-11', { event_date: '2025-02-09', event_type: 'Battles', sub_event_type: 'Armed clash' }],
    // Not heard from again, two sentences on: a disappearance.
    ['Malian soldiers detained three Mauritanian herders near Aïmé Msira on Sunday. Relatives said the soldiers seized the men at a water point and took them towards Mali with their cattle. They have not been heard from since.', '2025-02-04', { event_date: '2025-02-02', sub_event_type: 'Abduction/forced disappearance', actor1: 'Military Forces of Mali' }],
    // Civilians of another country, named by their nationality, are international; a region's direction is no nationality.
    ['Gunmen on Sunday kidnapped three Mauritanian traders near Sideir, in western Mali.', '2025-10-14', { event_date: '2025-10-12', sub_event_type: 'Abduction/forced disappearance', actor2: 'Civilians (International)' }],
    ['Suspected militants killed nine villagers in western Niger on Sunday, local officials said. The gunmen stormed Bonkwari, a village east of Ayorou.', '2020-11-10', { actor2: 'Civilians (Niger)', fatalities: 9 }],
    // A militia whose members are among the dead fought: a battle with it, though civilians died too.
    ['Islamic extremists attacked a village defended by traditional Dozo hunters in central Mali on Sunday, killing six hunters and three civilians near Fandiguila.', '2025-06-18', { event_type: 'Battles', actor2: 'Dozo Communal Militia (Mali)', fatalities: 9 }],
    // Explosives named as what the men arrested were making are no explosion.
    ['On Thursday a patrol arrested four suspects near Kita in possession of materials for bomb making, the army said.', '2021-07-10', { event_date: '2021-07-08', sub_event_type: 'Arrests', actor1: 'Military Forces of Mali' }],
    // A march yet to come is the time of the arrests, not an act of theirs.
    ['Senegalese gendarmes on Friday arrested four activists at their homes in Ndiaganiao, on the eve of a march against the postponement of the election, their lawyer said.', '2024-02-11', { event_date: '2024-02-09', event_type: 'Strategic developments', sub_event_type: 'Arrests', actor1: 'Police Forces of Senegal' }],
    // The lead says the men detained were not seen again; the body tells the arrest at its place: one disappearance.
    ['Soldiers detained six men at a market in a nearby village on Monday; they have not been seen since, relatives said. The army did not comment.\nOn Monday, soldiers stopped at the weekly market in Koubaye, west of Mopti, and detained six men, mostly Fulani traders. Relatives said they have searched detention facilities in Mopti without success.', '2023-03-16', { event_date: '2023-03-13', sub_event_type: 'Abduction/forced disappearance', actor1: 'Military Forces of Mali', location: 'Koubaye' }],
    // A demonstration met with force in the next sentence; a march that disperses of itself is met by no one.
    ['Hundreds of young people marched on Tuesday from Laminia toward the gold mine, demanding jobs. Gendarmes blocked the road and fired tear gas, residents said.', '2024-12-18', { event_date: '2024-12-17', sub_event_type: 'Protest with intervention', actor2: 'Police Forces of Senegal' }],
    ['Hundreds of fishermen marched on Monday through the streets of Nouadhibou. Police officers escorted the march, which dispersed without incident.', '2021-11-30', { event_date: '2021-11-29', sub_event_type: 'Peaceful protest', actor2: null }],
  ],
};

const resources = loadResources();
/** The events the pipeline codes in a one-line report. */
const eventsOf = (text: string, published: string) => extractDocument({ id: 'case', text, published }, resources).events;

for (const [lang, cases] of Object.entries(CASES)) {
  describe(`one-line cases (${lang})`, () => {
    it.each(cases)('%s', (text, published, expected) => {
      const events = eventsOf(text, published);
      if (expected === null) return expect(events.filter((e) => e.event_type !== 'Strategic developments')).toEqual([]);
      expect(events.length).toBeGreaterThan(0);
      expect(events[0]).toMatchObject(expected);
    });
  });
}

describe('clash words that name no side', () => {
  it('tell again the riot the report places there, and make no battle (« interpellées lors des heurts »)', () => {
    const text = 'Des jeunes en colère ont brûlé des pneus et saccagé la mairie de Foundiougne lundi. Une dizaine de personnes ont été interpellées lors des heurts.';
    expect(eventsOf(text, '2024-06-05').map((e) => e.event_type)).not.toContain('Battles');
  });
});

describe('the seat of a government', () => {
  it('is no scene of the acts told beside it (\'السلطات في باماكو\', "the authorities in Bamako")', () => {
    const text = 'قتل مسلحون ثلاثة رعاة يوم الأحد قرب بلدة دوينتزا وسط مالي. وتتهم منظمات حقوقية الجيش بقصف المدنيين بالمسيرات، في حين تؤكد السلطات في باماكو أنها لا تستهدف إلا الإرهابيين.';
    expect(eventsOf(text, '2024-03-05').map((e) => e.location)).toEqual(['Douentza']);
  });
});

describe('a tally of the past weeks', () => {
  it.each([
    ['أعلنت الوزارة أن حصيلة عمليات الجيش خلال الأسبوعين الماضيين بلغت توقيف ١٩ مشتبها بهم في مناطق تيلابيري وطاوا ودوسو.', '2024-08-23'],
    ['Au cours de la semaine, nos forces ont interpellé 11 suspects dans le Tillabéri et le Tahoua.', '2025-06-08'],
    ['Over the past two weeks, troops arrested 19 suspects in the Tillaberi, Tahoua and Dosso regions, the ministry said.', '2024-08-23'],
  ])('is no event: %s', (text, published) => {
    expect(eventsOf(text, published)).toEqual([]);
  });
});

describe("a court or prosecutor's seat named after « de la République de »", () => {
  it('is no place of the event', () => {
    const text = 'Jeudi, les gendarmes ont interpellé 23 orpailleurs sur le site de Kossanto. Les personnes interpellées devaient être présentées au procureur de la République de Tambacounda.';
    expect(eventsOf(text, '2020-06-13').map((e) => e.location)).toEqual(['Kossanto']);
  });
});

describe('people suspected of an act', () => {
  it("are no report of it (« soupçonnés d'avoir tenté d'enlever un enfant »)", () => {
    const text = "Deux hommes soupçonnés d'avoir tenté d'enlever un enfant ont été battus à mort par une foule en colère mercredi à Kombissiri.";
    expect(eventsOf(text, '2025-03-07').map((e) => e.sub_event_type)).toEqual(['Mob violence']);
  });
});

describe('a group named only in a sentence of what has lasted for months', () => {
  it("does not name the generic attackers or targets of the report's acts (« vit depuis le mois d'août sous le blocus imposé par le JNIM »)", () => {
    const text = "Le 10 octobre 2023, les vecteurs aériens ont frappé un regroupement de terroristes près de Gargando. Ce communiqué intervient alors que la ville de Tombouctou vit depuis le mois d'août sous le blocus imposé par le JNIM.";
    expect(eventsOf(text, '2023-10-14')[0]).toMatchObject({ sub_event_type: 'Air/drone strike', actor2: 'Unidentified Armed Group (Mali)' });
  });
});

describe("a source's town", () => {
  it.each([
    ['قالت جبهة تحرير أزواد إن مقاتليها نصبوا أمس السبت كمينا لرتل للجيش المالي قرب تامكوتات. وقال مصدر أمني في غاو إن الاشتباك استمر نحو ساعة.', '2025-08-17'],
    ['The FLA said its fighters ambushed an army convoy near Tamkoutat on Saturday. A security source in Gao said the fighting lasted an hour.', '2025-08-17'],
  ])('is no place of the event when another town is its scene: %s', (text, published) => {
    expect(eventsOf(text, published).map((e) => e.location)).toEqual(['Tamkoutat']);
  });
});

describe('a road act in a report that sums up other towns over months', () => {
  it('keeps its road: the towns of a trend sentence are no scene of it', () => {
    const text = 'Dimanche, des hommes armés ont incendié trois camions sur la route entre Banamba et Bamako. Depuis des mois, des camions sont brûlés à Kayes, Nioro et Sikasso.';
    expect(eventsOf(text, '2025-10-21').map((e) => [e.location, e.sub_event_type, e.actor2])).toEqual([['Banamba', 'Looting/property destruction', 'Civilians (Mali)']]);
  });
  it("reads 'أضرموا فيها النار' as setting fire, and property burnt as the civilians'", () => {
    const text = 'وفي اليوم التالي، أوقف مسلحون ثلاث شاحنات محملة بالبضائع قرب بانامبا، وأنزلوا سائقيها ثم أضرموا فيها النار. وقال الجيش المالي إنه يلاحق المهاجمين.';
    expect(eventsOf(text, '2025-10-21').map((e) => [e.sub_event_type, e.actor2])).toContainEqual(['Looting/property destruction', 'Civilians (Mali)']);
  });
});

describe('a launcher in a list of weapons', () => {
  it.each([
    ['وقال البيان إن السيارة كانت تحمل أربع بنادق رشاشة وقاذفة صواريخ ونحو ١٢٠٠ طلقة، وإن المضبوطات سلمت إلى الجهات المختصة في أطار.', '2024-11-16'],
    ['The vehicle carried four machine guns, a rocket launcher and 1,200 rounds, which were handed over to the authorities in Atar.', '2024-11-16'],
  ])('is a thing, not a shelling: %s', (text, published) => {
    expect(eventsOf(text, published).filter((e) => e.event_type === 'Explosions/Remote violence')).toEqual([]);
  });
});

describe("Arabic 'مسيرة', a drone or a march", () => {
  it('is the march in a report that tells a protest', () => {
    const text = 'خرج آلاف من أنصار المجلس العسكري أمس الأحد في مسيرة جابت شوارع العاصمة نيامي. وانطلقت المسيرة من ساحة الاستقلال باتجاه القاعدة الجوية.';
    expect(eventsOf(text, '2023-10-16').map((e) => e.sub_event_type)).toEqual(['Peaceful protest']);
  });
  it('is a drone in a report that tells no protest', () => {
    const text = 'قصفت مسيرة تابعة للجيش المالي يوم الأحد سيارة قرب كيدال.';
    expect(eventsOf(text, '2025-05-06').map((e) => e.sub_event_type)).toEqual(['Air/drone strike']);
  });
});

describe('a denial over words joined by "or"', () => {
  it.each([
    ['أعلن الجيش السنغالي أن وحداته دمرت الثلاثاء مخبأ للأسلحة قرب قرية سويل. وقال البيان إن العملية جرت في إطار تأمين المناطق، من دون تسجيل أي اشتباك أو توقيف.', '2021-04-15'],
    ['The Senegalese army said its units destroyed an arms cache near Suelle on Tuesday. The operation in Ziguinchor ended without any clash or arrest.', '2021-04-15'],
  ])('denies the last word too: %s', (text, published) => {
    expect(eventsOf(text, published).map((e) => e.sub_event_type)).toEqual(['Disrupted weapons use']);
  });
});

describe('a sentence that sets the news against a backdrop', () => {
  it("« survient alors que ... mène depuis le 13 mars » names no main group for the report's generic doers", () => {
    const text = "Un berger a été tué dans la nuit de lundi à mardi par des voleurs de bétail armés près de Tanaff. Les malfaiteurs ont emporté une quarantaine de têtes de bétail. Cet incident survient alors que l'armée sénégalaise mène depuis le 13 mars une vaste opération contre des bases d'une faction du MFDC.";
    expect(eventsOf(text, '2022-03-23').map((e) => e.actor1)).toEqual(['Unidentified Armed Group (Senegal)']);
  });
});

describe("a riot's other side", () => {
  it('is the force a later sentence says met the crowd', () => {
    const text = "Des dizaines de jeunes ont barricadé lundi la route nationale avec des pneus enflammés à Ourossogui. Les manifestants ont caillassé la brigade. Les gendarmes ont répliqué par des tirs de grenades lacrymogènes pour disperser la foule.";
    expect(eventsOf(text, '2024-07-23')[0]).toMatchObject({ sub_event_type: 'Violent demonstration', actor2: 'Police Forces of Senegal' });
  });
});

describe('the dead told after a fight, past a siege word at the same place', () => {
  it("are the fight's toll (« Les assaillants ont encerclé le village ... Cinq chasseurs ont été tués »)", () => {
    const text =
      "Jeudi, des hommes armés sont entrés sans résistance à Diondiori après le départ des militaires. Samedi, des combats ont opposé des jihadistes à des chasseurs dozos à Mamba. Les assaillants ont encerclé le village avant d'être repoussés. Cinq chasseurs ont été tués, selon un responsable local.";
    expect(eventsOf(text, '2022-09-12').find((e) => e.sub_event_type === 'Armed clash')?.fatalities).toBe(5);
  });
});

describe("a mission's seat (« L'ambassade de Chine à Bamako »)", () => {
  it('is no place of the act it speaks of', () => {
    const text = "Trois ressortissants chinois ont été enlevés dimanche sur un site minier près de Sadiola. L'ambassade de Chine à Bamako a confirmé lundi l'enlèvement.";
    expect(eventsOf(text, '2022-01-11').map((e) => e.location)).toEqual(['Sadiola']);
  });
});

describe('people taken to an unknown destination', () => {
  it.each([
    ['Gunmen stopped two trucks near Diboli on Sunday and took their drivers to an unknown destination.', '2025-08-05'],
    ['أوقف مسلحون شاحنتين قرب ديبولي يوم الأحد واقتادوا سائقيهما إلى وجهة مجهولة.', '2025-08-05'],
  ])('were abducted: %s', (text, published) => {
    expect(eventsOf(text, published).map((e) => e.sub_event_type)).toEqual(['Abduction/forced disappearance']);
  });
});

describe("a foreign force named beside a state's army (Wagner, Africa Corps, Barkhane)", () => {
  it.each([
    ['Malian soldiers and foreign fighters believed to belong to the Russia-linked Wagner Group summarily executed nine men in the village of Doro on Sunday, residents said.', '2023-02-28'],
    ["Des soldats maliens et des éléments de l'Africa Corps ont exécuté neuf hommes dimanche à Doro, selon des habitants.", '2025-02-28'],
  ])('acts with it, and is not the other side of its act: %s', (text, published) => {
    expect(eventsOf(text, published)[0]).toMatchObject({ actor1: 'Military Forces of Mali', actor2: 'Civilians (Mali)' });
  });
});

describe('helicopters as a way of travel', () => {
  it('make no air strike ("arrived in helicopters")', () => {
    const text = 'Soldiers arrived in Sofara in helicopters on Sunday and arrested five men at the market, residents said.';
    expect(eventsOf(text, '2023-05-30').map((e) => e.sub_event_type)).toEqual(['Arrests']);
  });
});

describe('a tally of a stretch of time ("killed five people since January")', () => {
  it.each([
    ['On Sunday, several hundred people marched peacefully in Bassi Zarma to demand speed bumps on the road, where they say accidents have killed five people since January.', '2021-11-29', 'en'],
    ["Dimanche, des centaines d'habitants ont marché pacifiquement à Bassi Zarma pour réclamer des ralentisseurs sur la route, où les accidents ont tué cinq personnes depuis janvier.", '2021-11-29', 'fr'],
  ])("is no toll of the day's act: %s", (text, published) => {
    expect(eventsOf(text, published)[0]).toMatchObject({ sub_event_type: 'Peaceful protest', fatalities: 0 });
  });
});

describe('an abduction whose raiders killed a man who tried to stop them and fired into the air', () => {
  it('is one abduction, with its dead (حاول منعهم، أطلقوا النار في الهواء)', () => {
    const text =
      'اختطف مسلحون ١٤ شخصا ليلة الاثنين إلى الثلاثاء في قرية قرب مارادي، وقتلوا رجلا حاول منعهم من اقتحام منزله. وأوضح مسؤول محلي أن المهاجمين أطلقوا النار في الهواء قبل أن يقتادوا الرهائن نحو الجنوب.';
    const events = eventsOf(text, '2020-07-09');
    expect(events.map((e) => [e.sub_event_type, e.fatalities])).toEqual([['Abduction/forced disappearance', 1]]);
  });
});

describe("people a state's forces took who have not been seen since", () => {
  it.each([
    ['On May 29, soldiers arrived at the Manako market and detained five men, who have not been seen since, relatives said.', '2023-06-20'],
    ['اعتقل عسكريون ماليون أربعة رعاة أمس الثلاثاء قرب مدينة نارا، ولم ترد عنهم أي أخبار منذ ذلك الحين.', '2025-06-18'],
    ['On July 29, soldiers detained six men at the weekly market in Koundioli. Officials at military camps in Sévaré and Mopti denied holding them, relatives said.', '2025-08-20'],
    ["Trois commerçants interpellés lundi par des militaires à Boni n'ont plus donné signe de vie depuis, selon leurs familles.", '2024-03-14'],
    ['Lundi, des militaires ont interpellé quatre éleveurs à Boni. Les autorités militaires ne reconnaissent pas les détenir, selon leurs familles.', '2024-03-14'],
  ])('were made to disappear, not arrested: %s', (text, published) => {
    expect(eventsOf(text, published)[0]).toMatchObject({ sub_event_type: 'Abduction/forced disappearance' });
  });
});

describe('armed men named in what a statement says ("وقال البيان إن مسلحين هاجموا")', () => {
  it('are the doers of the act told next, not the source of the report', () => {
    const text = 'وقال البيان إن مسلحين هاجموا يوم الجمعة موقعا لمتطوعي الدفاع عن الوطن في بلدة تيتاو.';
    expect(eventsOf(text, '2023-09-18')[0]).toMatchObject({ event_type: 'Battles', actor1: 'Unidentified Armed Group (Burkina Faso)', actor2: 'VDP: Volunteers for the Defense of the Homeland' });
  });

  it('and so is « an armed terrorist group » ("مجموعة إرهابية مسلحة")', () => {
    const text = 'وقال البيان إن "مجموعة إرهابية مسلحة" هاجمت يوم الجمعة موقعا لمتطوعي الدفاع عن الوطن في بلدة تيتاو.';
    expect(eventsOf(text, '2023-09-18')[0]).toMatchObject({ event_type: 'Battles', actor1: 'Unidentified Armed Group (Burkina Faso)', actor2: 'VDP: Volunteers for the Defense of the Homeland' });
  });
});

describe('a clash told as a patrol intercepting or pursuing the other side', () => {
  it("is the force's to open, whoever fired first ('اعترضت دورية للجيش سيارة')", () => {
    const text = 'قتل مسلحان أمس الثلاثاء في اشتباك قرب بلدة أرليت. وقالت الوزارة إن دورية للجيش اعترضت سيارة تقل المسلحين فأطلقوا النار عليها.';
    expect(eventsOf(text, '2022-09-21')[0]).toMatchObject({ event_type: 'Battles', actor1: 'Military Forces of Niger', actor2: 'Unidentified Armed Group (Niger)', fatalities: 2 });
  });
  it("is the force's to open when it tracked the others down ('تعقّبت الخاطفين')", () => {
    const text = 'وأعلنت وزارة الداخلية أن وحدة من الحرس الوطني تعقّبت الخاطفين واشتبكت معهم يوم الأحد قرب قرية دالاوي، ما أسفر عن مقتل اثنين منهم.';
    expect(eventsOf(text, '2021-10-26')[0]).toMatchObject({ event_type: 'Battles', actor1: 'Military Forces of Niger', actor2: 'Unidentified Armed Group (Niger)' });
  });
});

describe('a town retaken, and the next day a mine on its road', () => {
  it('are two acts, each with its own dead, though one place and one family of triggers', () => {
    const text =
      "Les forces armées ont repris samedi 4 mai le contrôle de Kelbo, dans la province du Soum, après des combats contre des groupes armés terroristes, selon l'état-major.\n\nDeux soldats ont été tués et une quinzaine de terroristes abattus, selon le communiqué.\n\nLe lendemain dimanche, un véhicule militaire a sauté sur une mine près de Kelbo. Un soldat a perdu la vie, selon une source sécuritaire.";
    expect(eventsOf(text, '2024-05-07').map((e) => [e.event_date, e.sub_event_type, e.fatalities])).toEqual([
      ['2024-05-04', 'Government regains territory', 17],
      ['2024-05-05', 'Remote explosive/landmine/IED', 1],
    ]);
  });
});

describe('people fleeing fighting', () => {
  it.each([
    ['وأوضحت المفوضية في بيان أمس الاثنين أن اللاجئين الجدد يفرون من المعارك في منطقتي موبتي وغاو.', 'ar'],
    ['Selon le HCR, des milliers de personnes fuyant les combats dans la région de Mopti sont arrivées lundi à Sévaré.', 'fr'],
    ['The agency said on Monday that thousands of people fleeing the fighting around Djibo had reached Kaya.', 'en'],
  ])('tell the cause of their flight, no event: %s', (text) => {
    expect(eventsOf(text, '2023-12-05')).toEqual([]);
  });
});

describe('helicopter flights that carry aid', () => {
  it('are no air strike', () => {
    expect(eventsOf('Aid agencies rely on helicopter flights to bring food and medicine to Djibo and Arbinda.', '2023-12-05')).toEqual([]);
  });
});

describe("a project's cost overruns", () => {
  it('are no town overrun', () => {
    expect(eventsOf('The Tortue gas project in Nouakchott is expected to start exports after delays and cost overruns.', '2024-12-10')).toEqual([]);
  });
});

describe('« une attaque de terroristes » that a unit backed by the VDP fended off', () => {
  it('was the attackers\', the VDP its other side', () => {
    const text = "Le samedi 20 janvier, l'unité de Kongoussi, appuyée par des VDP, a repoussé une attaque de terroristes venus en grand nombre.";
    expect(eventsOf(text, '2024-01-22')[0]).toMatchObject({ event_type: 'Battles', actor1: 'Unidentified Armed Group (Burkina Faso)', actor2: 'VDP: Volunteers for the Defense of the Homeland' });
  });
});

describe('men detained and not seen since, told in the lead and again in the body', () => {
  it('are one forced disappearance, not a disappearance and an arrest', () => {
    const text =
      '(Nairobi, July 3, 2023) - Malian soldiers detained six men at the weekly market of Sofara on June 12, who have not been seen since, Human Rights Watch said today.\n\nOn June 12, soldiers arrived at the Sofara market and detained six men, including two traders, relatives said.';
    expect(eventsOf(text, '2023-07-03').map((e) => e.sub_event_type)).toEqual(['Abduction/forced disappearance']);
  });
});

describe("a state's forces firing on people the report names", () => {
  it.each([
    ['On March 4, a Malian army sentry opened fire on a car in Gao, killing a local councillor and wounding two of his companions.', 'Military Forces of Mali'],
    ['UN peacekeepers fired on a truck carrying civilians in Tessalit, wounding three.', 'MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali'],
  ])('is violence against civilians, not a battle the classifier reads in the words: %s', (text, actor1) => {
    expect(eventsOf(text, '2019-03-10')[0]).toMatchObject({ event_type: 'Violence against civilians', actor1, actor2: 'Civilians (Mali)' });
  });
});

describe('a rally someone called for', () => {
  it('has not happened: no event', () => {
    expect(eventsOf('The youth collective had called for a rally in Pikine on Tuesday, their lawyer said.', '2023-06-06')).toEqual([]);
  });
});

describe('hunters killed at their post, the attack claimed in the active voice', () => {
  it('were the dozos attacked by the claimant, not the attackers', () => {
    const text =
      "Yanfolila : cinq chasseurs traditionnels tués dans l'attaque d'un poste de contrôle\n\nCinq dozos ont été tués samedi lors de l'attaque de leur poste de contrôle près de Yanfolila, selon des sources locales.\n\nDans un message diffusé dimanche, le Groupe de soutien à l'islam et aux musulmans (JNIM) a revendiqué l'attaque.";
    expect(eventsOf(text, '2024-06-11')[0]).toMatchObject({ actor1: 'JNIM: Group for Support of Islam and Muslims', actor2: 'Dozo Communal Militia (Mali)', fatalities: 5 });
  });
});

describe('a clash of a state force with people the report names no group for', () => {
  it('has an unidentified armed group as its other side: a battle has two', () => {
    const text = 'On Sunday, an army unit pursuing the cattle thieves clashed with them near Tessit, killing three of them, officials said.';
    expect(eventsOf(text, '2022-09-20')[0]).toMatchObject({ event_type: 'Battles', actor1: 'Military Forces of Mali', actor2: 'Unidentified Armed Group (Mali)' });
  });
});

describe('foreign people whose nationality follows the noun', () => {
  it.each([
    ['اختطف مسلحون أمس ثلاثة سائقين موريتانيين قرب مدينة نيورو في مالي.', 'ar'],
    ['Des hommes armés ont enlevé lundi trois chauffeurs mauritaniens près de Nioro, au Mali.', 'fr'],
  ])('are international civilians: %s', (text) => {
    expect(eventsOf(text, '2023-02-07')[0]).toMatchObject({ actor2: 'Civilians (International)' });
  });
});

describe('VDP killed in an attack on their position', () => {
  it('fought a battle: auxiliaries are combatants, whatever the classifier reads', () => {
    const text = "Sept Volontaires pour la défense de la patrie (VDP) ont été tués le samedi 2 septembre 2023 lors d'une attaque contre leur position à Bourzanga, selon des sources locales.";
    expect(eventsOf(text, '2023-09-04')[0]).toMatchObject({ event_type: 'Battles', actor2: 'VDP: Volunteers for the Defense of the Homeland', fatalities: 7 });
  });
});

describe('a post or town fighters overran', () => {
  it('was taken: the territory trigger, not the attack one, reads "overran"', () => {
    const text = 'Jihadist fighters overran an army post in the town of Diapaga on Sunday and raised their flag over it, residents said.';
    expect(eventsOf(text, '2023-07-21')[0]).toMatchObject({ sub_event_type: 'Non-state actor overtakes territory' });
  });
});

describe('arrests of the suspects of a lynching', () => {
  it.each([
    ['fr', "Un présumé voleur a été lynché dimanche à Koupéla. Trois personnes ont été interpellées lundi par la gendarmerie, qui a ouvert une enquête."],
    ['ar', 'لقي رجل حتفه ليلة الجمعة بعد أن تعرض للضرب على أيدي عدد من سكان قرية تنتان إثر اتهامه بسرقة مواش. وأوقف الدرك أربعة أشخاص يوم السبت.'],
  ])('are the inquiry into it, told inside the mob violence (%s)', (_lang, text) => {
    expect(eventsOf(text, '2022-10-11').map((e) => e.sub_event_type)).toEqual(['Mob violence']);
  });
});

describe("the Arabic verbs that mean both 'detained' and 'stopped'", () => {
  it('tell an arrest where nothing else is told', () => {
    expect(eventsOf('أوقف الدرك يوم الاثنين ثلاثة أشخاص في مدينة كيفه للاشتباه في تهريب الوقود.', '2023-05-10')[0]).toMatchObject({ sub_event_type: 'Arrests', actor1: 'Police Forces of Mauritania' });
  });
  it('tell no arrest where armed men stopped someone', () => {
    expect(eventsOf('قال أحد الركاب إن نحو عشرة مسلحين أوقفوا الحافلة قرب سيفاري يوم الاثنين وأمروا الجميع بالنزول.', '2023-05-10').map((e) => e.sub_event_type)).not.toContain('Arrests');
  });
  it('give way to what was done to what was stopped', () => {
    expect(eventsOf('أوقف مسلحون ثلاث شاحنات قرب نيونو يوم الأحد وأحرقوها.', '2023-05-10')[0]).toMatchObject({ sub_event_type: 'Looting/property destruction' });
  });
});

describe('armed men whose own dead are the toll, told a sentence after the force that met them', () => {
  it('fought that force, not one another', () => {
    const text = "Le lundi 5 juin, une patrouille des Forces de défense et de sécurité a intercepté un groupe de bandits armés près de Tokorko. Au cours de l'accrochage, trois bandits ont été abattus.";
    expect(eventsOf(text, '2023-06-11')[0]).toMatchObject({ event_type: 'Battles', actor1: 'Military Forces of Niger', actor2: 'Unidentified Armed Group (Niger)', fatalities: 3 });
  });
});

describe('a gendarmerie post attacked, told in a title line beside an abduction and in the body', () => {
  it('is a battle with the gendarmes: one mention typed as violence against civilians does not type it against their side', () => {
    const text = "Région de Kayes : la brigade de Guémou attaquée, deux commerçants mauritaniens enlevés près de Nioro\n\nMalijet – La brigade de gendarmerie de Guémou, localité située à 13 km à l'ouest de Diéma, a été attaquée dans la nuit de dimanche par des hommes armés, a-t-on appris de sources sécuritaires. Deux gendarmes ont été tués et un véhicule de la brigade incendié.";
    expect(eventsOf(text, '2024-03-13')[0]).toMatchObject({ event_type: 'Battles', actor2: 'Police Forces of Mali', fatalities: 2 });
  });
});

describe('a mine no one is named for, in a report of acts at several places', () => {
  it("is an unidentified group's, not the group named for the other acts", () => {
    const text = 'أعلن الجيش السنغالي أن وحداته فككت قاعدة تابعة لحركة القوى الديمقراطية في كازامانس قرب قرية تانغوري يوم الاثنين. وأضاف البيان أن جنديين أصيبا في اليوم التالي، الثلاثاء، عندما انفجر لغم أرضي بمركبتهما قرب قرية ديارون.';
    const events = eventsOf(text, '2021-04-07');
    expect(events.find((e) => e.sub_event_type === 'Remote explosive/landmine/IED')).toMatchObject({ actor1: 'Unidentified Armed Group (Senegal)' });
    expect(events.find((e) => e.sub_event_type === 'Disrupted weapons use')).toMatchObject({ actor2: 'MFDC: Movement of Democratic Forces of Casamance' });
  });
  it("is the report's group's when the report tells that act alone", () => {
    expect(eventsOf('A GATIA vehicle hit an IED in Kidal on Monday, killing five of its members. Ansar Dine is suspected.', '2016-12-09')[0]).toMatchObject({ actor1: 'Ansar Dine' });
  });
});

describe('a man attacked by a crowd before gendarmes could intervene', () => {
  it('is the mob violence, not a clash with the gendarmes', () => {
    const text = 'Gold miners beat to death a man accused of stealing gold at a mining site in Samekouta on Sunday, police said. The man was attacked by a crowd before gendarmes could intervene, a police official said.';
    expect(eventsOf(text, '2019-09-03').map((e) => e.sub_event_type)).toEqual(['Mob violence']);
  });
});

describe('a road that suffers repeated attacks', () => {
  it('is a trend, no event at the towns it links', () => {
    const text = 'قُتل جنديان يوم الاثنين في كمين قرب قرية نانا. ويتعرض المحور الرابط بين تمبكتو وغاو لهجمات متكررة منذ أن أعلنت الجماعة في أغسطس حصارا على تمبكتو.';
    expect(eventsOf(text, '2023-08-23').map((e) => e.location)).toEqual(['Nana']);
  });
});

describe('the forces of order fought by people no one names as a group, at a demonstration', () => {
  it.each([
    ["San : nuit d'affrontements à Bienso\n\nDes jeunes de Bienso ont affronté les forces de l'ordre dans la nuit de lundi, après l'interpellation d'un commerçant. Les manifestants ont érigé des barricades et brûlé des pneus.", '2020-10-15'],
    ["Deux personnes ont été tuées dimanche à Tatana lors d'une marche d'orpailleurs. Dans un communiqué, la gendarmerie affirme que ses éléments ont été pris à partie à coups de pierres.", '2022-09-27'],
  ])('are the demonstration, not a battle with an armed group: %s', (text, published) => {
    const events = eventsOf(text, published);
    expect(events.map((e) => e.event_type)).not.toContain('Battles');
    expect(events[0]!.actor2).toMatch(/^Police Forces of /);
  });
});

describe('soldiers named right after "said", their act told far into the clause', () => {
  it('are the doers, not the source', () => {
    const text = 'The killings took place in Gathi-Loumo. Witnesses said soldiers arrived by helicopter and in pickup trucks, rounded up men in the village and executed them near a pond.';
    expect(eventsOf(text, '2023-03-16')[0]).toMatchObject({ event_type: 'Violence against civilians', actor1: 'Military Forces of Mali', actor2: 'Civilians (Mali)' });
  });
});

describe('what a rights group says the authorities should do', () => {
  it('tells no act, whatever acts it names', () => {
    const text = 'On February 13, soldiers detained six men at the weekly market in Koubaye. "The Malian authorities should immediately disclose the whereabouts of the men detained at Koubaye and credibly investigate the killings at Gathi-Loumo," a researcher said.';
    expect(eventsOf(text, '2023-03-16').map((e) => e.location)).toEqual(['Koubaye']);
  });
});

describe("an army's count of the terrorists it killed against the villagers residents count", () => {
  it('is one toll told twice: the lower stands', () => {
    const text =
      'Soldiers accompanied by white men in camouflage killed at least 31 villagers in Madiama on Friday, residents said. The army said in a statement on Saturday that 18 terrorists were killed during an operation in the area.';
    expect(eventsOf(text, '2025-10-23')[0]).toMatchObject({ fatalities: 18 });
  });
});

describe("an army communiqué's item whose enemy dead are told three sentences after the attack", () => {
  it('counts them in the toll', () => {
    const text =
      "L'état-major a rendu public vendredi un communiqué sur les opérations de la semaine dans la région de Mopti.\n\nLe mardi 24 mai, le poste de Toko, situé à 6 km au sud-est de Ténenkou, a fait l'objet d'une attaque terroriste. « Grâce à la réaction vigoureuse des unités engagées », l'assaut a été repoussé. Le bilan fait état de deux soldats tombés sur le champ d'honneur. Côté ennemi, onze terroristes ont été abattus.\n\nLe jeudi 26 mai, une équipe du génie a découvert un engin explosif improvisé à la sortie de Koko.";
    expect(eventsOf(text, '2022-05-28')[0]).toMatchObject({ fatalities: 13 });
  });
});

describe('a village entered without any resistance', () => {
  it.each([
    ['قال سكان إن مسلحين من جماعة نصرة الإسلام والمسلمين دخلوا يوم الأحد قرية فاتاكارا من دون أي مقاومة، بعد انسحاب وحدة للجيش.', '2024-07-03', 'ar'],
    ["Des combattants du JNIM sont entrés dimanche dans le village de Mondoro sans aucune résistance, après le départ de l'armée.", '2024-07-03', 'fr'],
    ['JNIM fighters entered the village of Mondoro on Sunday without any resistance after the army withdrew.', '2024-07-03', 'en'],
  ])('changed hands without a fight (%s)', (text, published) => {
    expect(eventsOf(text, published)[0]).toMatchObject({ sub_event_type: 'Non-violent transfer of territory', actor1: 'JNIM: Group for Support of Islam and Muslims' });
  });
});

describe('what a ville morte protests, told far into its clause', () => {
  it('is its cause, not a riot', () => {
    const text = "Les habitants de Ngoro ont observé hier dimanche une journée « ville morte » pour dénoncer la recrudescence des enlèvements et des vols de bétail dans la zone. Boutiques et marché sont restés fermés, sans incident.";
    expect(eventsOf(text, '2020-09-14')[0]).toMatchObject({ event_type: 'Protests', sub_event_type: 'Peaceful protest' });
  });
  it('ends at a pause: what the demonstrators then did is theirs', () => {
    const text = "Des jeunes ont manifesté samedi à Kolda pour dénoncer l'arrestation de leur chef, puis ils ont incendié des pneus et des boutiques.";
    expect(eventsOf(text, '2022-09-12')[0]).toMatchObject({ event_type: 'Riots' });
  });
});

describe('youths who burned tyres and blocked a road before being dispersed', () => {
  it('rioted', () => {
    const text = "Des jeunes de Tanaff ont brûlé des pneus et bloqué samedi la route nationale pour dénoncer des vols de bétail, avant d'être dispersés par la gendarmerie à coups de gaz lacrymogène.";
    expect(eventsOf(text, '2022-09-12')[0]).toMatchObject({ event_type: 'Riots', sub_event_type: 'Violent demonstration' });
  });
});

describe('a kidnapping told again from the capital where a ministry spoke of it', () => {
  it('is one act, at the village', () => {
    const text = 'Gunmen kidnapped four herders near Nara on Tuesday, relatives said. In Bamako, a ministry official said on Tuesday that armed men abducted the four herders as they watered their cattle.';
    expect(eventsOf(text, '2025-06-18').map((e) => e.location)).toEqual(['Nara']);
  });
});

describe('a raid that killed and kidnapped at one place on one day', () => {
  it('is one attack, the kidnapping inside it, when people were killed', () => {
    const text = 'قتل مسلحون يُعتقد أنهم من قطاع الطرق أربعة قرويين واختطفوا سبعة آخرين فجر السبت في هجوم على قرية تارنا قرب مارادي. وقال أحد الوجهاء إن المهاجمين اقتادوا المختطفين نحو الحدود.';
    expect(eventsOf(text, '2019-12-30').map((e) => [e.sub_event_type, e.fatalities])).toEqual([['Attack', 4]]);
  });
  it('is one kidnapping when the attack told beside it killed no one', () => {
    const text = 'Gunmen abducted three Chinese workers at a gold-mining site near Tabakoto on Thursday, a local official said.\n\nThe attackers, who arrived on motorbikes, released the driver a few hours later. No group has claimed the kidnapping.';
    expect(eventsOf(text, '2020-06-27').map((e) => e.sub_event_type)).toEqual(['Abduction/forced disappearance']);
  });
});

describe("a flash update's highlights", () => {
  it('stand for the acts its body tells, whatever day they seemed to give', () => {
    const text =
      'BURKINA FASO: Flash Update No. 7 – Est region\n\nHIGHLIGHTS\n• At least six civilians killed in an attack in Diabiga.\n• Granaries burned in Tambarga, Tapoa province.\n\nSITUATION OVERVIEW\nOn Saturday 3 December, armed groups attacked the village of Diabiga, killing at least six civilians.\n\nOn Sunday 4 December, armed men set fire to granaries in Tambarga. No casualties were reported.';
    expect(eventsOf(text, '2022-12-05').map((e) => [e.event_date, e.sub_event_type, e.location])).toEqual([
      ['2022-12-03', 'Attack', 'Diabiga'],
      ['2022-12-04', 'Looting/property destruction', 'Tambarga'],
    ]);
  });
});

describe('an accusation of killing hundreds over the years', () => {
  it('is no toll of the act told', () => {
    const text = 'قالت حركة إنقاذ أزواد إن أربعة من مقاتليها قُتلوا صباح الاثنين في هجوم شنه تنظيم الدولة الإسلامية على مواقعها قرب بلدة تيدرمن. ويتهم التنظيم هذه الحركات بالتعاون مع القوات الفرنسية، فيما تتهمه هي بقتل مئات المدنيين من الرعاة في المنطقة.';
    expect(eventsOf(text, '2020-07-22')[0]).toMatchObject({ fatalities: 4 });
  });
});

describe('an attack whose attackers an association accuses a militia of', () => {
  it("is that militia's, where the report names no doer", () => {
    const text = 'قال مسؤول محلي إن ثمانية مدنيين قُتلوا يوم الأحد في هجوم نفذه مسلحون على مخيم للرعاة قرب قرية ليما. واتهمت جمعية تابيتال بولاكو ميليشيا دان نا أمباساغو بالوقوف وراء الهجوم.';
    expect(eventsOf(text, '2019-11-19')[0]).toMatchObject({ actor1: 'Dan Na Ambassagou', actor2: 'Civilians (Mali)' });
  });
});

describe('a militia an association accuses, described before its name', () => {
  it('is named by its name, not its description', () => {
    const text = "Au moins huit civils peuls ont été tués samedi dans le village de Kassawa, dans le cercle de Koro, par des hommes armés vêtus de tenues de chasseurs traditionnels, a indiqué le maire. L'association Tabital Pulaaku accuse la milice dogon Dan Na Ambassagou d'être à l'origine de la tuerie.";
    expect(eventsOf(text, '2020-06-09')[0]).toMatchObject({ actor1: 'Dan Na Ambassagou' });
  });
});

describe('a killing first named as the cause of a march, then told with no number', () => {
  it('has the dead the cause named', () => {
    const text =
      'Hundreds of women marched in Gaoua on Saturday to denounce the killing of six Fulani herders by members of a pro-government militia near Batie earlier in the week, organisers said.\n\nThe herders were shot dead on Wednesday at a pasture about 10 km from Batie by members of the Volunteers for the Defence of the Homeland (VDP), according to relatives.';
    const killing = eventsOf(text, '2024-03-25').find((e) => e.event_type === 'Violence against civilians');
    expect(killing).toMatchObject({ location: 'Batié', fatalities: 6 });
  });
});

describe('a group that has multiplied its attacks in a region', () => {
  it('tells a trend, no event at the town it names', () => {
    const text = "Des orpailleurs ont été enlevés dimanche près de Kéniéba. Le Groupe de soutien à l'islam et aux musulmans (JNIM), affilié à Al-Qaïda, a multiplié les attaques dans l'ouest malien, notamment dans la région de Kayes, à quelques dizaines de kilomètres de la frontière.";
    expect(eventsOf(text, '2024-06-18').map((e) => e.location)).toEqual(['Kéniéba']);
  });
});
