package se.kompetenskedjan.profiles.internal;

import static se.kompetenskedjan.profiles.ReadinessDecider.COORDINATOR;
import static se.kompetenskedjan.profiles.ReadinessDecider.EMPLOYER_MANAGER;
import static se.kompetenskedjan.profiles.ReadinessDecider.JOINT;
import static se.kompetenskedjan.profiles.ReadinessDecider.SUPERVISOR;
import static se.kompetenskedjan.profiles.ReadinessDecider.TEACHER;
import static se.kompetenskedjan.profiles.RequirementType.BEHAVIOUR;
import static se.kompetenskedjan.profiles.RequirementType.CERTIFICATE;
import static se.kompetenskedjan.profiles.RequirementType.KNOWLEDGE;
import static se.kompetenskedjan.profiles.RequirementType.OTHER_LANGUAGE;
import static se.kompetenskedjan.profiles.RequirementType.PRACTICAL;
import static se.kompetenskedjan.profiles.RequirementType.SKILL;
import static se.kompetenskedjan.profiles.RequirementType.SWEDISH_LANGUAGE;
import static se.kompetenskedjan.profiles.StepType.EDUCATION;
import static se.kompetenskedjan.profiles.StepType.INTERNSHIP;
import static se.kompetenskedjan.profiles.StepType.INTRODUCTION;
import static se.kompetenskedjan.profiles.StepType.PRE_TRACK;
import static se.kompetenskedjan.profiles.StepType.REGULAR_EMPLOYMENT;
import static se.kompetenskedjan.profiles.StepType.SHADOWING;
import static se.kompetenskedjan.profiles.StepType.SUBSIDISED_EMPLOYMENT;
import static se.kompetenskedjan.profiles.StepType.WORK_TRAINING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.kompetenskedjan.profiles.LadderCommand;
import se.kompetenskedjan.profiles.LevelScale;
import se.kompetenskedjan.profiles.ProfileCommand;
import se.kompetenskedjan.profiles.ReadinessDecider;
import se.kompetenskedjan.profiles.RequirementItemCommand;
import se.kompetenskedjan.profiles.RequirementType;
import se.kompetenskedjan.profiles.StepCommand;
import se.kompetenskedjan.profiles.StepType;
import se.kompetenskedjan.profiles.TaskCommand;

/**
 * The content of the ready-made ladder templates and their platform profiles, modelled on the source reports:
 * Linköping's competence chain in elder care (001), Care Vårda's step model with Swedish for care and placement
 * (000), KAK's cultural interpreters at preschools with validation (002), and entry jobs in kitchen, property care,
 * the green sector and furniture production (000, 003, 004). Every id is derived from a fixed key, so every
 * installation has the same templates with the same ids.
 *
 * <p>Occupations carry SSYK 2012 codes where the group is unambiguous; JobTech concept ids are left for the link to
 * the occupation catalogue.
 */
final class TemplateCatalogue {

    static final String NAMESPACE = "kompetenskedjan:mall";

    private TemplateCatalogue() {
    }

    // ------------------------------------------------------------------ profiles

    static final ProfileSpec ELDER_CARE_INTRODUCTION = profile("aldreomsorg-introduktion",
            "Förberedande introduktion – service i äldreomsorgen", "Introduktion: service till äldre", null, null)
            .must("hygien", KNOWLEDGE, 2, "Känner till basala hygienrutiner och varför de behövs (handhygien, arbetskläder, inga smycken)",
                    "Jag vet hur jag tvättar och spritar händerna, och varför.")
            .must("tystnadsplikt", BEHAVIOUR, 3, "Förstår och följer tystnadsplikten kring brukare och deras hem",
                    "Jag berättar inte för andra om det jag ser och hör hos brukare.")
            .must("punktlighet", BEHAVIOUR, 3, "Kommer i tid, följer schemat och anmäler frånvaro enligt rutin",
                    "Jag kommer i tid. Jag ringer om jag är sjuk.")
            .must("instruktioner", SKILL, 2, "Lyssnar på instruktioner, upprepar dem och frågar när något är oklart",
                    "Jag lyssnar. Jag säger instruktionen igen. Jag frågar om jag inte förstår.")
            .must("bemotande", BEHAVIOUR, 2, "Bemöter äldre personer med respekt, vänlighet och tålamod",
                    "Jag är vänlig och lugn mot äldre.")
            .must("svenska", SWEDISH_LANGUAGE, 1, "Förstår och använder enkel svenska i vardagliga situationer på arbetsplatsen",
                    "Jag förstår och säger enkla saker på svenska på jobbet.")
            .merit("arbetsmarknad", KNOWLEDGE, 2, "Känner till rättigheter och skyldigheter i arbetslivet: anställningsformer, lön, skatt och fack",
                    "Jag vet vad som gäller på en arbetsplats i Sverige.")
            .merit("schema", SKILL, 1, "Kan läsa sitt schema och sina uppdrag i telefonen",
                    "Jag kan se mitt schema i telefonen.")
            .task("Städa ett vårdrum i metodrummet enligt checklistan för städ", "Städa ett rum. Följ listan.", "hygien", "instruktioner")
            .task("Öva bemötande och samtal med äldre i rollspel", "Öva att prata med äldre.", "bemotande", "svenska")
            .task("Följa ett dagsschema och komma i tid till varje moment", "Följ schemat. Kom i tid.", "punktlighet", "schema");

    static final ProfileSpec SERVICE_ASSISTANT = profile("serviceassistent",
            "Serviceassistent i hemtjänst och på trygghetsboende", "Serviceassistent: hjälpa äldre med service", null, null)
            .must("hygien", KNOWLEDGE, 3, "Följer basala hygienrutiner och rutiner mot smittspridning i brukarens hem",
                    "Jag följer reglerna för hygien hemma hos brukaren.")
            .must("tystnadsplikt", BEHAVIOUR, 3, "Följer tystnadsplikten och respekterar att arbetsplatsen är brukarens hem",
                    "Jag pratar inte om brukare med andra. Jag visar respekt i brukarens hem.")
            .must("bemotande", BEHAVIOUR, 2, "Bemöter brukare med respekt för deras integritet, vanor och självbestämmande",
                    "Jag frågar brukaren hur hen vill ha det.")
            .must("svenska-tal", SWEDISH_LANGUAGE, 2, "Pratar med brukare och kollegor om vardagliga saker och förstår muntliga instruktioner",
                    "Jag kan prata med brukare och kollegor på svenska.")
            .must("svenska-las", SWEDISH_LANGUAGE, 1, "Läser en inköpslista och korta skriftliga instruktioner",
                    "Jag kan läsa en inköpslista.")
            .must("stad", SKILL, 2, "Städar enligt verksamhetens checklista: dammtorkning, dammsugning, våttorkning och badrum",
                    "Jag kan städa ett hem enligt listan.")
            .must("tvatt", SKILL, 2, "Tvättar, torkar och viker tvätt och följer tvättrådens symboler",
                    "Jag kan tvätta och vika kläder.")
            .must("inkop", SKILL, 2, "Handlar enligt inköpslista och hanterar kvitton och brukarens pengar enligt rutin",
                    "Jag kan handla och ge kvittot till brukaren.")
            .must("maltid", SKILL, 2, "Serverar måltider, dukar av och tar hänsyn till specialkost",
                    "Jag kan servera mat. Jag vet att vissa inte får äta allt.")
            .must("rapportera", BEHAVIOUR, 2, "Märker förändringar hos brukaren och säger till ansvarig personal",
                    "Jag säger till om brukaren verkar sjuk eller ledsen.")
            .must("telefon", SKILL, 2, "Använder arbetstelefonen för schema, uppdrag och larm",
                    "Jag använder jobbtelefonen för schema och larm.")
            .merit("cykla", PRACTICAL, LevelScale.YES, "Kan cykla i trafik för att ta sig mellan brukare",
                    "Jag kan cykla.")
            .merit("ergonomi", KNOWLEDGE, 2, "Arbetar ergonomiskt vid städ, bäddning och lyft",
                    "Jag jobbar så att jag inte skadar kroppen.")
            .merit("modersmal", OTHER_LANGUAGE, 3, "Talar ett språk som brukare i verksamheten har som modersmål",
                    "Jag talar ett språk som några brukare talar.")
            .task("Servera måltider i matsalen och duka av", "Servera mat och duka av.", "maltid", "hygien", "bemotande")
            .task("Diska och ställa i ordning i köket", "Diska och städa köket.", "hygien")
            .task("Tvätta, torka och vika brukarens tvätt", "Tvätta brukarens kläder.", "tvatt")
            .task("Städa brukarens bostad enligt checklistan för städ", "Städa brukarens hem.", "stad", "hygien", "ergonomi")
            .task("Handla mat och varor enligt inköpslista", "Handla mat.", "inkop", "svenska-las")
            .task("Promenera med brukare", "Gå på promenad med brukaren.", "bemotande", "svenska-tal", "rapportera")
            .task("Social samvaro: fika, samtal och spel", "Fika och prata med brukaren.", "bemotande", "svenska-tal", "modersmal")
            .task("Bädda och byta sängkläder", "Bädda sängen.", "hygien", "ergonomi")
            .task("Byta glödlampor och sätta upp tavlor", "Byt lampor och sätt upp tavlor.", "ergonomi")
            .task("Ta sig mellan brukare enligt dagens schema", "Åk till brukarna i tid.", "telefon", "cykla");

    static final ProfileSpec SERVICE_WORKER = profile("servicebitrade",
            "Servicebiträde i vård och omsorg (AB-anställning)", "Servicebiträde: anställd för service till äldre", null, null)
            .must("hygien", KNOWLEDGE, 3, "Följer basala hygienrutiner och rutiner mot smittspridning självständigt",
                    "Jag följer alltid reglerna för hygien.")
            .must("tystnadsplikt", BEHAVIOUR, 3, "Följer tystnadsplikten och respekterar att arbetsplatsen är brukarens hem",
                    "Jag pratar inte om brukare med andra.")
            .must("bemotande", BEHAVIOUR, 3, "Bemöter brukare med respekt för deras integritet, vanor och självbestämmande",
                    "Jag frågar brukaren hur hen vill ha det.")
            .must("svenska-tal", SWEDISH_LANGUAGE, 3, "Samtalar med brukare, anhöriga och kollegor och förstår muntliga instruktioner",
                    "Jag kan prata med brukare, anhöriga och kollegor på svenska.")
            .must("svenska-las", SWEDISH_LANGUAGE, 2, "Läser scheman, inköpslistor, checklistor och korta meddelanden",
                    "Jag kan läsa scheman och listor.")
            .must("stad", SKILL, 3, "Städar brukarens bostad enligt checklistan, även storstädning",
                    "Jag kan städa ett hem, även storstäda.")
            .must("lokalvard", SKILL, 3, "Utför lokalvård i gemensamma utrymmen enligt städplan",
                    "Jag kan städa gemensamma rum enligt planen.")
            .must("tvatt", SKILL, 3, "Sköter tvätt självständigt och följer tvättrådens symboler",
                    "Jag kan tvätta själv.")
            .must("inkop", SKILL, 3, "Handlar och hanterar brukarens pengar och kvitton enligt rutin",
                    "Jag kan handla och redovisa pengarna.")
            .must("maltid", SKILL, 3, "Serverar måltider och tar hänsyn till specialkost och allergier",
                    "Jag serverar rätt mat till rätt person.")
            .must("rapportera", BEHAVIOUR, 3, "Uppmärksammar förändringar hos brukaren och rapporterar till ansvarig personal",
                    "Jag säger till om brukaren verkar sjuk eller ledsen.")
            .must("sjalvstandig", BEHAVIOUR, 3, "Planerar och utför dagens serviceinsatser självständigt och i rätt tid",
                    "Jag gör mina uppdrag själv och i tid.")
            .must("telefon", SKILL, 3, "Använder arbetstelefonen för schema, uppdrag, larm och nyckelhantering",
                    "Jag använder jobbtelefonen för schema, larm och nycklar.")
            .merit("signera", SKILL, 2, "Signerar utförda insatser i verksamhetssystemet",
                    "Jag kan skriva in i datorn vad jag har gjort.")
            .merit("handleda", SKILL, 2, "Visar och handleder en serviceassistent i arbetsuppgifterna",
                    "Jag kan lära en ny kollega.")
            .merit("korkort", CERTIFICATE, LevelScale.YES, "Körkort för personbil (B) för hemtjänst där insatser nås med bil",
                    "Jag har körkort för bil.")
            .merit("cykla", PRACTICAL, LevelScale.YES, "Kan cykla i trafik för att ta sig mellan brukare",
                    "Jag kan cykla.")
            .task("Servera måltider i matsalen och duka av", "Servera mat och duka av.", "maltid", "hygien")
            .task("Diska och ställa i ordning i köket", "Diska och städa köket.", "hygien")
            .task("Tvätta, torka och vika brukarens tvätt", "Tvätta brukarens kläder.", "tvatt")
            .task("Städa brukarens bostad enligt checklistan", "Städa brukarens hem.", "stad", "hygien")
            .task("Storstäda, rengöra kyl och frys", "Storstäda och rengör kylskåpet.", "stad", "hygien")
            .task("Städa gemensamma utrymmen på trygghetsboendet", "Städa de gemensamma rummen.", "lokalvard")
            .task("Sortera avfall och återvinning", "Sortera soporna.", "lokalvard")
            .task("Handla mat och varor enligt inköpslista", "Handla mat.", "inkop", "svenska-las")
            .task("Följa med på ärenden till apotek och bank", "Följ med brukaren till apoteket.", "bemotande", "svenska-tal")
            .task("Promenera med brukare", "Gå på promenad med brukaren.", "bemotande", "rapportera")
            .task("Social samvaro: fika, samtal och spel", "Fika och prata med brukaren.", "bemotande", "svenska-tal")
            .task("Enklare fixartjänster: byta glödlampor, sätta upp tavlor", "Byt lampor och sätt upp tavlor.", "sjalvstandig")
            .task("Ta sig mellan brukare enligt dagens schema", "Åk till brukarna i tid.", "telefon", "sjalvstandig", "korkort", "cykla")
            .task("Signera utförda insatser", "Skriv in vad du har gjort.", "signera", "svenska-las")
            .task("Handleda en serviceassistent som skuggar", "Lär en ny kollega.", "handleda", "svenska-tal");

    static final ProfileSpec CARE_ASSISTANT = profile("vardbitrade",
            "Vårdbiträde i äldreomsorgen", "Vårdbiträde: hjälpa äldre i vardagen", "Vårdbiträde", "5330")
            .must("omvardnad", KNOWLEDGE, 2, "Grundläggande kunskap om omvårdnad: personlig hygien, på- och avklädning, måltider",
                    "Jag vet hur jag hjälper någon att tvätta sig, klä sig och äta.")
            .must("forflyttning", SKILL, 2, "Hjälper brukare att förflytta sig säkert med hjälpmedel, efter instruktion",
                    "Jag kan hjälpa någon att flytta sig säkert, till exempel med rullator.")
            .must("hygien", KNOWLEDGE, 3, "Följer basala hygienrutiner i omvårdnad",
                    "Jag följer reglerna för hygien.")
            .must("tystnadsplikt", BEHAVIOUR, 3, "Följer tystnadsplikt och sekretess", "Jag pratar inte om brukare med andra.")
            .must("svenska-vard", SWEDISH_LANGUAGE, 2, "Förstår och använder svenska i omvårdnadssituationer och rapporterar muntligt till kollega",
                    "Jag kan prata om omvårdnad och berätta för en kollega vad som hänt.")
            .must("dokumentation", SWEDISH_LANGUAGE, 1, "Läser genomförandeplanen och skriver enkel social dokumentation",
                    "Jag kan läsa planen för brukaren och skriva korta anteckningar.")
            .must("rapportera", BEHAVIOUR, 3, "Uppmärksammar och rapporterar förändringar i brukarens hälsotillstånd",
                    "Jag säger till direkt om brukaren mår sämre.")
            .merit("demens", KNOWLEDGE, 1, "Känner till hur man bemöter personer med demenssjukdom",
                    "Jag vet hur jag bemöter en person med demens.")
            .merit("hlr", CERTIFICATE, LevelScale.YES, "Intyg från kurs i hjärt-lungräddning (HLR)", "Jag har gått en kurs i HLR.")
            .merit("korkort", CERTIFICATE, LevelScale.YES, "Körkort för personbil (B) för arbete i hemtjänsten", "Jag har körkort för bil.")
            .merit("cykla", PRACTICAL, LevelScale.YES, "Kan cykla i trafik", "Jag kan cykla.")
            .task("Hjälpa brukare med morgonrutiner: dusch, påklädning och frukost", "Hjälp brukaren på morgonen.", "omvardnad", "hygien")
            .task("Förflytta brukare med hjälpmedel", "Hjälp brukaren att flytta sig.", "forflyttning")
            .task("Hjälpa brukare vid måltid", "Hjälp brukaren att äta.", "omvardnad", "svenska-vard")
            .task("Rapportera vid överlämning till nästa arbetspass", "Berätta för kollegan vad som hänt.", "svenska-vard", "rapportera")
            .task("Skriva social dokumentation", "Skriv korta anteckningar.", "dokumentation", "tystnadsplikt")
            .task("Åka till brukare i hemtjänsten", "Åk till brukarna.", "korkort", "cykla");

    static final ProfileSpec ASSISTANT_NURSE = profile("underskoterska",
            "Undersköterska i äldreomsorgen", "Undersköterska", "Undersköterska, hemtjänst och äldreboende", "5321")
            .must("yrkesbevis", CERTIFICATE, LevelScale.YES, "Bevis om skyddad yrkestitel undersköterska från Socialstyrelsen",
                    "Jag har bevis från Socialstyrelsen att jag är undersköterska.")
            .must("omvardnad", KNOWLEDGE, 3, "Planerar och ger omvårdnad utifrån brukarens behov och genomförandeplan",
                    "Jag planerar och ger omvårdnad efter brukarens behov.")
            .must("lakemedel", KNOWLEDGE, 3, "Ger läkemedel enligt delegering och rutin", "Jag ger medicin på rätt sätt.")
            .must("svenska-vard", SWEDISH_LANGUAGE, 3, "Kommunicerar säkert på svenska med brukare, anhöriga, kollegor och sjuksköterska",
                    "Jag pratar säkert på svenska med alla i vården.")
            .must("dokumentation", SWEDISH_LANGUAGE, 3, "Dokumenterar i journal och social dokumentation enligt rutin",
                    "Jag skriver i journalen.")
            .must("demens", KNOWLEDGE, 2, "Bemöter personer med demenssjukdom utifrån personcentrerad vård",
                    "Jag vet hur jag bemöter en person med demens.")
            .must("tystnadsplikt", BEHAVIOUR, 3, "Följer tystnadsplikt och sekretess", "Jag pratar inte om brukare med andra.")
            .merit("palliativ", KNOWLEDGE, 2, "Kunskap om vård i livets slutskede", "Jag vet hur vi vårdar någon som snart ska dö.")
            .merit("handleda", SKILL, 2, "Handleder nya kollegor, praktikanter och serviceassistenter", "Jag kan lära nya kollegor.")
            .merit("korkort", CERTIFICATE, LevelScale.YES, "Körkort för personbil (B) för arbete i hemtjänsten", "Jag har körkort för bil.")
            .task("Ge läkemedel enligt delegering", "Ge medicin.", "lakemedel", "dokumentation")
            .task("Planera omvårdnaden som kontaktperson", "Planera vården för dina brukare.", "omvardnad", "svenska-vard")
            .task("Dokumentera i journal och genomförandeplan", "Skriv i journalen.", "dokumentation", "tystnadsplikt")
            .task("Vård i livets slutskede", "Vårda någon som snart ska dö.", "palliativ", "omvardnad")
            .task("Handleda praktikanter och serviceassistenter", "Lär nya kollegor.", "handleda");

    static final ProfileSpec SWEDISH_FOR_CARE = profile("svenska-for-vard-och-omsorg",
            "Svenska för vård och omsorg", "Svenska för jobb i vården", null, null)
            .must("ord", SWEDISH_LANGUAGE, 2, "Kan ord och uttryck för kroppen, hälsa, hygien och vardagliga omsorgssituationer",
                    "Jag kan ord om kroppen, hälsa och hygien.")
            .must("samtal", SWEDISH_LANGUAGE, 2, "Samtalar med brukare och anhöriga om vardag, mat och mående",
                    "Jag kan prata med brukare om hur de mår.")
            .must("rapport", SWEDISH_LANGUAGE, 2, "Tar emot och lämnar en muntlig rapport till kollega",
                    "Jag kan berätta för en kollega vad som hänt.")
            .must("lasa", SWEDISH_LANGUAGE, 2, "Läser en genomförandeplan, ett schema och korta instruktioner",
                    "Jag kan läsa en plan och ett schema.")
            .merit("skriva", SWEDISH_LANGUAGE, 1, "Skriver en kort anteckning om vad som hänt under arbetspasset",
                    "Jag kan skriva en kort anteckning.")
            .merit("telefon", SWEDISH_LANGUAGE, 1, "Ringer och tar emot telefonsamtal i arbetet, till exempel till sjuksköterskan",
                    "Jag kan ringa sjuksköterskan.")
            .task("Rapportera vid passbyte", "Berätta för kollegan vad som hänt.", "rapport", "ord")
            .task("Läsa brukarens genomförandeplan", "Läs planen för brukaren.", "lasa")
            .task("Prata med brukaren under promenad och måltid", "Prata med brukaren.", "samtal", "ord")
            .task("Ringa sjuksköterskan om något har hänt", "Ring sjuksköterskan.", "telefon", "rapport")
            .task("Skriva en kort anteckning efter passet", "Skriv en kort anteckning.", "skriva");

    static final ProfileSpec PRE_TRACK_PROFILE = profile("forspar",
            "Förspår – redo för arbetslivet", "Förspår: bli redo för jobb", null, null)
            .must("punktlighet", BEHAVIOUR, 3, "Kommer i tid och anmäler frånvaro enligt rutin", "Jag kommer i tid. Jag ringer om jag är sjuk.")
            .must("arbetsmarknad", KNOWLEDGE, 2, "Känner till rättigheter och skyldigheter i arbetslivet: anställning, lön, skatt och fack",
                    "Jag vet vad som gäller på en arbetsplats i Sverige.")
            .must("svenska", SWEDISH_LANGUAGE, 1, "Förstår enkla instruktioner på svenska och säger till när något är oklart",
                    "Jag förstår enkla instruktioner. Jag frågar om jag inte förstår.")
            .must("samarbete", BEHAVIOUR, 2, "Samarbetar med kollegor och tar emot återkoppling", "Jag jobbar bra med andra.")
            .must("arbetsmiljo", KNOWLEDGE, 2, "Känner till grundläggande arbetsmiljö och säkerhet: skyddsutrustning, lyft, vad man gör vid olycka",
                    "Jag vet hur jag skyddar mig på jobbet.")
            .must("resa", PRACTICAL, LevelScale.YES, "Tar sig till arbetsplatsen på egen hand (buss, cykel eller till fots)",
                    "Jag kan åka till jobbet själv.")
            .merit("vardag", BEHAVIOUR, 2, "Har rutiner för sömn, mat och resor som fungerar med arbetstiderna",
                    "Jag sover och äter så att jag orkar jobba.")
            .merit("bransch", KNOWLEDGE, 2, "Har prövat och valt bransch genom studiebesök och yrkesprov",
                    "Jag har provat och valt ett yrke.")
            .task("Studiebesök och yrkesprov i vald bransch", "Besök en arbetsplats och prova jobbet.", "bransch", "samarbete")
            .task("Resa till arbetsplatsen på egen hand", "Åk till jobbet själv.", "resa", "punktlighet")
            .task("Gå igenom arbetsmiljö och säkerhet", "Lär dig om säkerhet på jobbet.", "arbetsmiljo", "svenska")
            .task("Gruppövningar om arbetslivet", "Öva tillsammans om hur det är på jobbet.", "arbetsmarknad", "samarbete");

    static final ProfileSpec CULTURAL_INTERPRETER = profile("kulturtolk-forskola",
            "Kulturtolk i förskolan", "Kulturtolk i förskolan", null, null)
            .must("modersmal", OTHER_LANGUAGE, 3, "Talar och förstår flytande ett språk som barn och vårdnadshavare i förskolan har som modersmål",
                    "Jag talar ett språk som barnen och föräldrarna talar.")
            .must("svenska-samtal", SWEDISH_LANGUAGE, 2, "Samtalar på svenska med personalen om barnens vardag",
                    "Jag kan prata med personalen om barnen.")
            .must("formedla", SWEDISH_LANGUAGE, 2, "Förmedlar korta budskap mellan personal och vårdnadshavare på svenska och modersmålet",
                    "Jag kan säga vad personalen menar till föräldrarna.")
            .must("forskolan", KNOWLEDGE, 2, "Känner till förskolans uppdrag och vardag i Sverige och kan förklara dem för nyanlända familjer",
                    "Jag kan berätta för föräldrar hur förskolan fungerar.")
            .must("barn", BEHAVIOUR, 3, "Bemöter barn med värme och tålamod och följer förskolans värdegrund",
                    "Jag är snäll och lugn mot barnen.")
            .must("tystnadsplikt", BEHAVIOUR, 3, "Följer tystnadsplikt och sekretess kring barn och familjer",
                    "Jag pratar inte om barnen och familjerna med andra.")
            .must("registerutdrag", CERTIFICATE, LevelScale.YES, "Utdrag ur belastningsregistret för arbete med barn, visat för arbetsgivaren",
                    "Jag har visat papper från polisen om att jag får jobba med barn.")
            .merit("lek", SKILL, 2, "Leder enkla lekar, sånger och sagor på modersmålet", "Jag kan leka, sjunga och läsa sagor.")
            .merit("hygien", KNOWLEDGE, 2, "Följer förskolans hygienrutiner vid måltider, blöjbyte och handtvätt",
                    "Jag följer reglerna för hygien på förskolan.")
            .merit("app", SKILL, 1, "Använder förskolans app för information till vårdnadshavare",
                    "Jag kan använda förskolans app.")
            .task("Vara med vid lämning och hämtning och hjälpa vårdnadshavare att förstå information",
                    "Hjälp föräldrar att förstå vad personalen säger.", "formedla", "modersmal", "forskolan")
            .task("Stödja barn som är nya i förskolan på deras språk", "Hjälp nya barn på deras språk.", "modersmal", "barn")
            .task("Läsa sagor och sjunga på modersmålet", "Läs sagor och sjung.", "lek", "modersmal")
            .task("Vara med vid utvecklingssamtal som kulturtolk", "Var med på samtal med föräldrar.", "formedla", "tystnadsplikt", "forskolan")
            .task("Hjälpa till vid måltider och i vardagens rutiner", "Hjälp till vid maten.", "hygien", "barn")
            .task("Skriva korta meddelanden i förskolans app", "Skriv meddelanden i appen.", "app", "svenska-samtal");

    static final ProfileSpec KITCHEN = profile("koksbitrade",
            "Köksbiträde i storkök", "Köksbiträde", "Restaurang- och köksbiträde", "9412")
            .must("livsmedelshygien", KNOWLEDGE, 3, "Följer rutiner för livsmedelshygien och egenkontroll: temperaturer, märkning och rengöring",
                    "Jag följer reglerna för hygien med mat.")
            .must("specialkost", KNOWLEDGE, 2, "Känner till specialkost och allergier och blandar inte ihop dem",
                    "Jag vet att vissa inte tål all mat.")
            .must("disk", SKILL, 3, "Sköter disken och diskmaskinen", "Jag kan diska och sköta diskmaskinen.")
            .must("forberedelse", SKILL, 2, "Förbereder råvaror: skalar, skär och portionerar enligt recept",
                    "Jag kan skala, skära och dela upp mat.")
            .must("servering", SKILL, 2, "Serverar och fyller på i matsalen", "Jag kan servera mat.")
            .must("stad", SKILL, 2, "Rengör kök och ytor enligt städschemat", "Jag kan städa köket.")
            .must("svenska", SWEDISH_LANGUAGE, 1, "Läser recept, menyer och märkning på svenska", "Jag kan läsa recept och menyer.")
            .must("tempo", BEHAVIOUR, 2, "Arbetar i jämnt tempo så att maten blir klar i tid", "Jag jobbar så att maten blir klar i tid.")
            .merit("hygienintyg", CERTIFICATE, LevelScale.YES, "Intyg från kurs i livsmedelshygien", "Jag har gått en kurs om hygien med mat.")
            .merit("bakning", SKILL, 1, "Bakar bröd och enkla bakverk efter recept", "Jag kan baka bröd.")
            .task("Diska och sköta diskmaskinen", "Diska.", "disk", "livsmedelshygien")
            .task("Skala och skära grönsaker", "Skala och skär grönsaker.", "forberedelse")
            .task("Portionera och lägga upp specialkost", "Lägg upp specialkost.", "specialkost", "svenska")
            .task("Servera och fylla på i matsalen", "Servera maten.", "servering", "tempo")
            .task("Ta temperaturer och fylla i egenkontrollen", "Mät temperaturen och skriv upp den.", "livsmedelshygien", "svenska")
            .task("Städa köket efter stängning", "Städa köket.", "stad")
            .task("Baka bröd till lunchen", "Baka bröd.", "bakning");

    // Two platform profiles on no ladder template: the validation module's ready checklists for cleaning and a
    // warehouse with truck (KAK, 002) are built on them.
    static final ProfileSpec CLEANING = profile("lokalvard", "Lokalvårdare", "Jobba med städning", "Städare", "9111")
            .must("metod", SKILL, 3, "Städar enligt städplan med rätt metod för varje yta", "Jag städar rätt yta på rätt sätt.")
            .must("kemikalier", KNOWLEDGE, 3, "Doserar och hanterar rengöringsmedel säkert", "Jag tar rätt mängd medel.")
            .must("maskiner", SKILL, 2, "Använder städmaskiner säkert", "Jag kan köra städmaskinen.")
            .must("fargkoder", KNOWLEDGE, 3, "Följer färgkodning av städmaterial", "Jag använder rätt färg på trasan.")
            .must("ergonomi", KNOWLEDGE, 2, "Arbetar ergonomiskt", "Jag jobbar så att jag inte skadar kroppen.")
            .must("avfall", KNOWLEDGE, 2, "Sorterar avfall rätt", "Jag sorterar soporna.")
            .must("tid", BEHAVIOUR, 2, "Håller tiden för sitt städområde", "Jag blir klar i tid.")
            .must("rapportera", BEHAVIOUR, 2, "Rapporterar fel och skador", "Jag säger till om något är trasigt.")
            .must("svenska", SWEDISH_LANGUAGE, 1, "Läser städplan och instruktioner på svenska", "Jag kan läsa städplanen.")
            .task("Städa kontor och korridorer enligt städplanen", "Städa enligt planen.", "metod", "fargkoder", "svenska")
            .task("Dosera medel och sköta städvagnen", "Ta rätt mängd medel.", "kemikalier")
            .task("Köra skurmaskinen i entrén", "Kör skurmaskinen.", "maskiner", "ergonomi")
            .task("Tömma papperskorgar och sortera avfall", "Sortera soporna.", "avfall", "tid")
            .task("Säga till om fel och skador", "Säg till om något är trasigt.", "rapportera");

    static final ProfileSpec WAREHOUSE = profile("lager-truck", "Lagermedarbetare med truck", "Jobba på lager",
            "Lagerarbetare", "4321")
            .must("truckkort", CERTIFICATE, LevelScale.YES, "Truckkort (A och B)", "Jag har truckkort.")
            .must("truck", SKILL, 3, "Kör truck säkert enligt reglerna", "Jag kör trucken säkert.")
            .must("plock", SKILL, 3, "Plockar order rätt", "Jag plockar rätt varor.")
            .must("inleverans", SKILL, 2, "Tar emot och kontrollerar gods", "Jag tar emot varor.")
            .must("packning", SKILL, 2, "Packar och märker gods", "Jag packar varor.")
            .must("skanner", SKILL, 2, "Använder handdator och lagersystem", "Jag använder skannern.")
            .must("sakerhet", KNOWLEDGE, 3, "Följer säkerhetsreglerna på lagret", "Jag följer reglerna.")
            .merit("ordning", BEHAVIOUR, 2, "Håller ordning och reda", "Jag håller ordning.")
            .must("svenska", SWEDISH_LANGUAGE, 1, "Läser etiketter och plocklistor på svenska", "Jag läser etiketter.")
            .task("Plocka order med skanner", "Plocka varor med skannern.", "plock", "skanner", "svenska")
            .task("Köra truck vid inleverans", "Kör trucken.", "truckkort", "truck", "sakerhet")
            .task("Ta emot och kontrollera gods", "Ta emot varor.", "inleverans")
            .task("Packa och märka gods", "Packa varor.", "packning", "ordning");

    static final ProfileSpec PROPERTY = profile("fastighetsservice",
            "Fastighetsservice – fastighetsskötare", "Fastighetsservice", null, null)
            .must("rond", SKILL, 2, "Går ronder och upptäcker fel i fastigheten enligt checklista", "Jag går runt och letar fel med en lista.")
            .must("utemiljo", SKILL, 2, "Sköter utemiljön: sopar, krattar, snöröjer och sandar", "Jag sköter gården, även snö.")
            .must("avfall", KNOWLEDGE, 2, "Sorterar avfall och återvinning rätt", "Jag sorterar sopor rätt.")
            .must("reparation", SKILL, 2, "Gör enkla reparationer: byter glödlampor, lagar lås, monterar möbler",
                    "Jag kan laga enkla saker.")
            .must("verktyg", SKILL, 2, "Använder handverktyg och små maskiner säkert", "Jag använder verktyg säkert.")
            .must("skydd", KNOWLEDGE, 3, "Använder skyddsutrustning och följer säkerhetsreglerna", "Jag använder skydd och följer reglerna.")
            .must("bemotande", BEHAVIOUR, 2, "Bemöter hyresgäster och verksamheter vänligt och hjälpsamt", "Jag är vänlig mot hyresgästerna.")
            .must("svenska", SWEDISH_LANGUAGE, 1, "Läser en felanmälan och berättar vad man har gjort", "Jag kan läsa en felanmälan.")
            .merit("korkort", CERTIFICATE, LevelScale.YES, "Körkort för personbil (B) för att köra verksamhetens bil", "Jag har körkort för bil.")
            .task("Snöröja och sanda", "Ta bort snö och sanda.", "utemiljo", "verktyg")
            .task("Sortera och köra avfall till återvinningen", "Sortera och kör bort sopor.", "avfall", "korkort")
            .task("Byta glödlampor och lysrör", "Byt lampor.", "reparation", "skydd")
            .task("Gå rond med checklista", "Gå runt och leta fel.", "rond", "svenska")
            .task("Montera möbler och hänga tavlor", "Sätt ihop möbler.", "reparation", "verktyg")
            .task("Ta emot felanmälningar från hyresgäster", "Lyssna på hyresgäster som vill ha hjälp.", "bemotande", "svenska");

    static final ProfileSpec GREEN = profile("gronyteskotsel",
            "Grönyteskötsel – trädgård och park", "Jobb i park och trädgård", "Trädgårdsanläggare", "6113")
            .must("vaxter", KNOWLEDGE, 2, "Känner igen vanliga växter och ogräs", "Jag känner igen vanliga växter och ogräs.")
            .must("skotsel", SKILL, 2, "Rensar, planterar, vattnar och beskär enligt instruktion", "Jag kan rensa, plantera och vattna.")
            .must("maskiner", SKILL, 2, "Kör gräsklippare, trimmer och lövblås säkert", "Jag kan köra gräsklippare och trimmer.")
            .must("skydd", KNOWLEDGE, 3, "Använder hörselskydd, visir och skyddsskor", "Jag använder skydd för öron, ögon och fötter.")
            .must("vader", BEHAVIOUR, 2, "Klarar utomhusarbete i olika väder och årstider", "Jag kan jobba ute i alla väder.")
            .must("svenska", SWEDISH_LANGUAGE, 1, "Förstår arbetsorder och instruktioner på svenska", "Jag förstår arbetsordern.")
            .merit("traktor", CERTIFICATE, LevelScale.YES, "Traktorkort eller körkort för att köra åkmaskiner", "Jag har körkort för traktor.")
            .merit("motorsag", CERTIFICATE, LevelScale.YES, "Motorsågskörkort (AB) för kapning och enklare fällning", "Jag har körkort för motorsåg.")
            .task("Klippa gräs och trimma kanter", "Klipp gräset.", "maskiner", "skydd")
            .task("Rensa ogräs i rabatter", "Rensa ogräs.", "vaxter", "skotsel")
            .task("Plantera sommarblommor", "Plantera blommor.", "skotsel", "svenska")
            .task("Kratta löv och köra bort dem", "Kratta löv.", "maskiner", "traktor")
            .task("Beskära buskar och kapa grenar", "Klipp buskar och såga grenar.", "skotsel", "skydd", "motorsag")
            .task("Plocka skräp i parker", "Plocka skräp i parken.", "vader");

    static final ProfileSpec FURNITURE = profile("mobeltillverkning",
            "Möbeltillverkning – produktionsmedarbetare", "Jobb i möbelfabrik", null, null)
            .must("ritning", KNOWLEDGE, 2, "Läser enkla ritningar och mått", "Jag kan läsa en enkel ritning.")
            .must("mata", SKILL, 3, "Mäter och kontrollerar mått med tumstock och skjutmått", "Jag kan mäta rätt.")
            .must("maskin", SKILL, 2, "Kör maskiner i produktionen (kap, borr, kantlist) efter instruktion", "Jag kan köra maskinerna.")
            .must("montering", SKILL, 2, "Monterar möbler och detaljer enligt arbetsinstruktion", "Jag kan sätta ihop möbler.")
            .must("kvalitet", BEHAVIOUR, 2, "Kontrollerar kvaliteten och säger till om fel", "Jag kollar att allt blir rätt.")
            .must("sakerhet", KNOWLEDGE, 3, "Följer säkerhetsreglerna för maskiner, damm och buller", "Jag följer reglerna för säkerhet.")
            .must("svenska", SWEDISH_LANGUAGE, 1, "Förstår arbetsinstruktioner och säkerhetsskyltar på svenska", "Jag förstår instruktioner och skyltar.")
            .merit("ytbehandling", SKILL, 1, "Slipar och ytbehandlar med olja och lack", "Jag kan slipa och olja trä.")
            .merit("truck", CERTIFICATE, LevelScale.YES, "Truckkort (A och B) för att flytta material", "Jag har truckkort.")
            .merit("ordning", KNOWLEDGE, 1, "Håller ordning och reda vid maskinen (5S)", "Jag håller ordning där jag jobbar.")
            .task("Kapa och borra detaljer", "Kapa och borra.", "maskin", "mata", "sakerhet")
            .task("Montera stolar och bord", "Sätt ihop stolar och bord.", "montering", "ritning")
            .task("Slipa och olja ytor", "Slipa och olja.", "ytbehandling")
            .task("Kontrollera och packa färdiga möbler", "Kolla och packa möblerna.", "kvalitet", "svenska")
            .task("Flytta material med truck", "Flytta saker med truck.", "truck", "sakerhet")
            .task("Städa och ställa i ordning vid maskinen", "Städa vid maskinen.", "ordning");

    // ------------------------------------------------------------------ ladders

    static final LadderSpec ELDER_CARE_CHAIN = ladder("kompetenskedja-aldreomsorg",
            "Kompetenskedja i äldreomsorgen – från introduktion till undersköterska",
            "Från start till jobb i äldreomsorgen")
            .step(step("introduktion", INTRODUCTION, "Förberedande introduktion", "Introduktion", ELDER_CARE_INTRODUCTION,
                    6, 12, COORDINATOR, "Hos arbetsmarknadsförvaltningen: hygien, bemötande, städ i metodrum, "
                            + "språkutveckling och arbetsmarknadskunskap. Arbetsledare, språkutvecklare och koordinator "
                            + "stöttar; arbetsledaren bedömer när deltagaren är redo för skuggning.")
                    .next("skuggning"))
            .step(step("skuggning", SHADOWING, "Skuggning som serviceassistent", "Skugga ett servicebiträde",
                    SERVICE_ASSISTANT, 12, 26, SUPERVISOR, "Praktik i ett serviceteam i hemtjänsten: deltagaren skuggar "
                            + "ett servicebiträde som är handledare. Veckoavstämning med arbetsledare och handledare.")
                    .mandatoryOnly().next("bea"))
            .step(step("bea", SUBSIDISED_EMPLOYMENT, "Serviceassistent med lönestöd (BEA)", "Jobb som serviceassistent",
                    SERVICE_ASSISTANT, 26, 52, EMPLOYER_MANAGER, "Arbetsmarknadsanställning på BEA-avtal med handledning. "
                            + "Målet är att kunna söka anställning som servicebiträde.")
                    .next("servicebitrade", "svenska-vard"))
            .step(step("svenska-vard", EDUCATION, "Svenska för vård och omsorg", "Svenska för jobb i vården",
                    SWEDISH_FOR_CARE, 10, 20, TEACHER, "Sidospår på vuxenutbildningen för den som behöver mer svenska "
                            + "inför anställning, varvat med arbete.")
                    .side().next("servicebitrade"))
            .step(step("servicebitrade", REGULAR_EMPLOYMENT, "Servicebiträde (AB-anställning)", "Jobb som servicebiträde",
                    SERVICE_WORKER, null, null, EMPLOYER_MANAGER, "Anställning på AB-avtal. Tjänsten prövas enligt LAS; "
                            + "kompetenskedjan är meriterande.")
                    .next("vardbitrade"))
            .step(step("vardbitrade", REGULAR_EMPLOYMENT, "Vårdbiträde", "Jobb som vårdbiträde", CARE_ASSISTANT,
                    null, null, EMPLOYER_MANAGER, "Omvårdnadsnära arbete; kompetensutveckling inom anställningen.")
                    .next("underskoterska"))
            .step(step("underskoterska", REGULAR_EMPLOYMENT, "Undersköterska", "Jobb som undersköterska", ASSISTANT_NURSE,
                    null, null, EMPLOYER_MANAGER, "Efter vård- och omsorgsutbildning (till exempel på komvux, gärna "
                            + "kombinerad med arbete) och bevis om skyddad yrkestitel."));

    static final LadderSpec CARE_WITH_SWEDISH = ladder("vard-och-omsorg-med-svenska",
            "Vård och omsorg med svenska för vård – studier och praktik", "Svenska och praktik i vården")
            .step(step("kartlaggning", INTRODUCTION, "Kartläggning och introduktion", "Start och kartläggning",
                    ELDER_CARE_INTRODUCTION, 4, 8, COORDINATOR, "Koordinatorn kartlägger deltagarens erfarenheter och "
                            + "mål och gör en individuell utvecklingsplan kopplad till kravprofilen.")
                    .next("svenska-vard"))
            .step(step("svenska-vard", EDUCATION, "Svenska för vård och omsorg med praktikveckor",
                    "Svenska för vården och praktik", SWEDISH_FOR_CARE, 12, 24, TEACHER, "Kombinerade studie- och "
                            + "arbetsplatsveckor: yrkessvenska varvad med praktik, så att språket blir relevant.")
                    .mandatoryOnly().next("praktik"))
            .step(step("praktik", INTERNSHIP, "Praktik med handledare i vård och omsorg", "Praktik i vården",
                    CARE_ASSISTANT, 12, 26, JOINT, "Handledaren känner till kravprofilen och målet; koordinatorn följer "
                            + "upp med deltagare och handledare.")
                    .mandatoryOnly().next("vardbitrade"))
            .step(step("vardbitrade", REGULAR_EMPLOYMENT, "Anställning som vårdbiträde", "Jobb som vårdbiträde",
                    CARE_ASSISTANT, null, null, EMPLOYER_MANAGER, "Anställning i kommunal vård och omsorg.")
                    .next("utbildning"))
            .step(step("utbildning", EDUCATION, "Vård- och omsorgsutbildning på komvux", "Utbildning till undersköterska",
                    ASSISTANT_NURSE, 40, 104, TEACHER, "Gärna kombinerad med anställningen.")
                    .exit("omvardnad", "lakemedel", "dokumentation", "demens").next("underskoterska"))
            .step(step("underskoterska", REGULAR_EMPLOYMENT, "Undersköterska", "Jobb som undersköterska", ASSISTANT_NURSE,
                    null, null, EMPLOYER_MANAGER, "Anställning som undersköterska med bevis om skyddad yrkestitel."));

    static final LadderSpec CULTURAL_INTERPRETER_CHAIN = ladder("kulturtolk-forskola",
            "Kulturtolk i förskolan – praktik, validering och anställning", "Kulturtolk i förskolan")
            .step(step("forspar", PRE_TRACK, "Kartläggning och förspår", "Start: bli redo för jobb", PRE_TRACK_PROFILE,
                    6, 12, COORDINATOR, "Kartläggning av arbetsförmåga och informellt lärande; språkvalidering påbörjas "
                            + "tillsammans med SFI.")
                    .next("praktik"))
            .step(step("praktik", INTERNSHIP, "Språkpraktik på förskola med validering", "Praktik på förskola",
                    CULTURAL_INTERPRETER, 8, 16, SUPERVISOR, "Praktiksamordnare och handledare skräddarsyr "
                            + "checklistan för förskolan och validerar kunskaperna under praktiken.")
                    .mandatoryOnly().next("kulturtolk"))
            .step(step("kulturtolk", SUBSIDISED_EMPLOYMENT, "Kulturtolk med lönestöd", "Jobb som kulturtolk",
                    CULTURAL_INTERPRETER, 40, 52, EMPLOYER_MANAGER, "Anställd av kommunen med arbetsplats i förskolan, "
                            + "vanligen ett år. Valideringsdokumentet följer med till jobbsökandet.")
                    .next("anstallning"))
            .step(step("anstallning", REGULAR_EMPLOYMENT, "Fortsatt anställning i förskolan", "Fortsatt jobb i förskolan",
                    CULTURAL_INTERPRETER, null, null, EMPLOYER_MANAGER, "Till exempel som barnskötare eller "
                            + "modersmålsstöd; valideringen och referenserna från året som kulturtolk är meriterande."));

    static final LadderSpec KITCHEN_ENTRY = ladder("instegsjobb-kok",
            "Instegsjobb i kök – från förspår till köksbiträde", "Instegsjobb i kök")
            .step(step("forspar", PRE_TRACK, "Förspår", "Bli redo för jobb", PRE_TRACK_PROFILE, 4, 8, COORDINATOR,
                    "Studiebesök och yrkesprov i storkök, arbetsmarknadskunskap och språkstöd.")
                    .next("praktik"))
            .step(step("praktik", INTERNSHIP, "Praktik i storkök", "Praktik i kök", KITCHEN, 8, 12, SUPERVISOR,
                    "Handledd praktik i ett tillagnings- eller mottagningskök.")
                    .mandatoryOnly().next("instegsjobb", "hygienkurs"))
            .step(step("hygienkurs", EDUCATION, "Kurs i livsmedelshygien", "Kurs om hygien med mat", KITCHEN, 1, 4, TEACHER,
                    "Kort kurs med intyg, vid behov parallellt med praktiken.")
                    .exit("livsmedelshygien", "hygienintyg").side().next("instegsjobb"))
            .step(step("instegsjobb", SUBSIDISED_EMPLOYMENT, "Instegsjobb som köksbiträde med lönestöd",
                    "Instegsjobb i kök", KITCHEN, 26, 52, EMPLOYER_MANAGER, "Ett instegsjobb (Connect-tjänst) med "
                            + "uppgifter som lyfts ut ur ordinarie tjänster, till exempel disk och förberedelser.")
                    .next("anstallning"))
            .step(step("anstallning", REGULAR_EMPLOYMENT, "Anställning som köksbiträde", "Jobb som köksbiträde", KITCHEN,
                    null, null, EMPLOYER_MANAGER, "Ordinarie anställning."));

    static final LadderSpec PROPERTY_ENTRY = ladder("instegsjobb-fastighet",
            "Instegsjobb i fastighetsservice – från förspår till fastighetsskötare", "Instegsjobb i fastighetsservice")
            .step(step("forspar", PRE_TRACK, "Förspår", "Bli redo för jobb", PRE_TRACK_PROFILE, 4, 8, COORDINATOR,
                    "Studiebesök och yrkesprov i fastighetsservice, arbetsmiljö och säkerhet.")
                    .next("praktik"))
            .step(step("praktik", INTERNSHIP, "Praktik i fastighetsservice", "Praktik i fastighetsservice", PROPERTY, 8, 12,
                    SUPERVISOR, "Handledd praktik hos kommunens fastighetsservice eller ett bostadsbolag.")
                    .mandatoryOnly().next("instegsjobb"))
            .step(step("instegsjobb", SUBSIDISED_EMPLOYMENT, "Instegsjobb i fastighetsservice med lönestöd",
                    "Instegsjobb i fastighetsservice", PROPERTY, 26, 52, EMPLOYER_MANAGER,
                    "Connect-tjänst med enklare uppgifter som lyfts ut ur fastighetsskötarens tjänst.")
                    .next("anstallning"))
            .step(step("anstallning", REGULAR_EMPLOYMENT, "Anställning som fastighetsskötare", "Jobb som fastighetsskötare",
                    PROPERTY, null, null, EMPLOYER_MANAGER, "Ordinarie anställning."));

    static final LadderSpec GREEN_ENTRY = ladder("instegsjobb-gronyta",
            "Instegsjobb i park och grönyta – från förspår till anställning", "Instegsjobb i park och trädgård")
            .step(step("forspar", PRE_TRACK, "Förspår", "Bli redo för jobb", PRE_TRACK_PROFILE, 4, 8, COORDINATOR,
                    "Studiebesök och yrkesprov i park- och gatuverksamheten.")
                    .next("arbetstraning"))
            .step(step("arbetstraning", WORK_TRAINING, "Arbetsträning i park och grönyta", "Arbetsträning i park",
                    GREEN, 8, 16, SUPERVISOR, "Arbetsträning i ett arbetslag med arbetsledare.")
                    .mandatoryOnly().next("sasong", "motorsag"))
            .step(step("motorsag", EDUCATION, "Motorsågskörkort", "Kurs för motorsåg", GREEN, 1, 4, TEACHER,
                    "Kort kurs vid behov, parallellt med arbetsträningen.")
                    .exit("motorsag", "skydd").side().next("sasong"))
            .step(step("sasong", SUBSIDISED_EMPLOYMENT, "Säsongsanställning med lönestöd", "Säsongsjobb i park",
                    GREEN, 26, 52, EMPLOYER_MANAGER, "Anställning under växtsäsongen med lönestöd.")
                    .next("anstallning"))
            .step(step("anstallning", REGULAR_EMPLOYMENT, "Anställning som parkarbetare", "Jobb i park och trädgård",
                    GREEN, null, null, EMPLOYER_MANAGER, "Ordinarie anställning hos kommunen eller ett trädgårdsföretag."));

    static final LadderSpec FURNITURE_ENTRY = ladder("instegsjobb-mobel",
            "Instegsjobb i möbeltillverkning – från förspår till anställning", "Instegsjobb i möbelfabrik")
            .step(step("forspar", PRE_TRACK, "Förspår", "Bli redo för jobb", PRE_TRACK_PROFILE, 4, 8, COORDINATOR,
                    "Studiebesök hos företag i möbel- och inredningsbranschen och yrkesprov.")
                    .next("praktik"))
            .step(step("praktik", INTERNSHIP, "Praktik i möbelproduktion", "Praktik i möbelfabrik", FURNITURE, 8, 12,
                    SUPERVISOR, "Handledd praktik hos ett företag i branschrådets nätverk.")
                    .mandatoryOnly().next("instegsjobb", "utbildning"))
            .step(step("utbildning", EDUCATION, "Yrkesutbildning trä och möbel (modul på komvux)",
                    "Kurs om trä och möbler", FURNITURE, 10, 20, TEACHER, "Modulutbildning framtagen med branschen, "
                            + "gärna som lärlingsutbildning.")
                    .exit("ritning", "mata", "maskin", "sakerhet").side().next("instegsjobb"))
            .step(step("instegsjobb", SUBSIDISED_EMPLOYMENT, "Anställning med lönestöd i produktionen",
                    "Jobb i möbelfabrik med stöd", FURNITURE, 26, 52, EMPLOYER_MANAGER, "Anställning med lönestöd och "
                            + "handledare.")
                    .next("anstallning"))
            .step(step("anstallning", REGULAR_EMPLOYMENT, "Anställning som produktionsmedarbetare",
                    "Jobb i möbelfabrik", FURNITURE, null, null, EMPLOYER_MANAGER, "Ordinarie anställning."));

    /** Every template, in the order they are loaded. */
    static final List<LadderSpec> LADDERS = List.of(ELDER_CARE_CHAIN, CARE_WITH_SWEDISH, CULTURAL_INTERPRETER_CHAIN,
            KITCHEN_ENTRY, PROPERTY_ENTRY, GREEN_ENTRY, FURNITURE_ENTRY);

    /** Platform profiles on no ladder template (the ready checklists of the validation module use them). */
    static final List<ProfileSpec> STANDALONE_PROFILES = List.of(CLEANING, WAREHOUSE);

    /** Every platform profile, each once: those the templates use in the order first used, then the standalone ones. */
    static List<ProfileSpec> profiles() {
        Map<String, ProfileSpec> profiles = new LinkedHashMap<>();
        LADDERS.forEach(l -> l.steps.forEach(s -> profiles.putIfAbsent(s.profile.key, s.profile)));
        STANDALONE_PROFILES.forEach(p -> profiles.putIfAbsent(p.key, p));
        return List.copyOf(profiles.values());
    }

    // ------------------------------------------------------------------ the little language above

    static ProfileSpec profile(String key, String title, String easyTitle, String occupationLabel, String ssykCode) {
        return new ProfileSpec(key, title, easyTitle, occupationLabel, ssykCode);
    }

    static LadderSpec ladder(String key, String name, String easyName) {
        return new LadderSpec(key, name, easyName);
    }

    static StepSpec step(String code, StepType type, String name, String easyName, ProfileSpec profile,
            Integer typicalWeeks, Integer maxWeeks, ReadinessDecider decider, String description) {
        return new StepSpec(code, type, name, easyName, profile, typicalWeeks, maxWeeks, decider, description);
    }

    record ItemSpec(String code, RequirementType type, int level, boolean mandatory, String text, String easyText) {
    }

    record TaskSpec(String text, String easyText, List<String> itemCodes) {
    }

    static final class ProfileSpec {

        final String key;
        final String title;
        final String easyTitle;
        final String occupationLabel;
        final String ssykCode;
        final List<ItemSpec> items = new ArrayList<>();
        final List<TaskSpec> tasks = new ArrayList<>();

        ProfileSpec(String key, String title, String easyTitle, String occupationLabel, String ssykCode) {
            this.key = key;
            this.title = title;
            this.easyTitle = easyTitle;
            this.occupationLabel = occupationLabel;
            this.ssykCode = ssykCode;
        }

        ProfileSpec must(String code, RequirementType type, int level, String text, String easyText) {
            items.add(new ItemSpec(code, type, level, true, text, easyText));
            return this;
        }

        ProfileSpec merit(String code, RequirementType type, int level, String text, String easyText) {
            items.add(new ItemSpec(code, type, level, false, text, easyText));
            return this;
        }

        ProfileSpec task(String text, String easyText, String... itemCodes) {
            tasks.add(new TaskSpec(text, easyText, List.of(itemCodes)));
            return this;
        }

        IdSource ids() {
            return IdSource.named(NAMESPACE + ":profil:" + key);
        }

        UUID profileId() {
            return ids().id("profile");
        }

        UUID versionId() {
            return ids().id("version");
        }

        UUID itemKey(String code) {
            if (items.stream().noneMatch(i -> i.code().equals(code))) {
                throw new IllegalArgumentException("profile " + key + " has no item " + code);
            }
            return ids().id("item-key:" + code);
        }

        List<UUID> mandatoryKeys() {
            return items.stream().filter(ItemSpec::mandatory).map(i -> itemKey(i.code())).toList();
        }

        ProfileCommand command() {
            List<RequirementItemCommand> itemCommands = items.stream().map(i -> new RequirementItemCommand(
                    itemKey(i.code()), i.type(), i.text(), i.easyText(), i.level(), i.mandatory(), null, null)).toList();
            List<TaskCommand> taskCommands = new ArrayList<>();
            for (int n = 0; n < tasks.size(); n++) {
                TaskSpec t = tasks.get(n);
                taskCommands.add(new TaskCommand(ids().id("task:" + n), t.text(), t.easyText(),
                        t.itemCodes().stream().map(this::itemKey).toList()));
            }
            return new ProfileCommand(title, easyTitle, null, occupationLabel, ssykCode, itemCommands, taskCommands,
                    true, null);
        }
    }

    static final class StepSpec {

        final String code;
        final StepType type;
        final String name;
        final String easyName;
        final ProfileSpec profile;
        final Integer typicalWeeks;
        final Integer maxWeeks;
        final ReadinessDecider decider;
        final String description;
        List<String> exitCodes = List.of();
        boolean mandatoryOnly;
        List<String> next = List.of();
        boolean sideTrack;

        StepSpec(String code, StepType type, String name, String easyName, ProfileSpec profile, Integer typicalWeeks,
                Integer maxWeeks, ReadinessDecider decider, String description) {
            this.code = code;
            this.type = type;
            this.name = name;
            this.easyName = easyName;
            this.profile = profile;
            this.typicalWeeks = typicalWeeks;
            this.maxWeeks = maxWeeks;
            this.decider = decider;
            this.description = description;
        }

        /** Leaving the step needs only these items of the profile. */
        StepSpec exit(String... itemCodes) {
            exitCodes = Arrays.asList(itemCodes);
            return this;
        }

        /** Leaving the step needs only the profile's mandatory items. */
        StepSpec mandatoryOnly() {
            mandatoryOnly = true;
            return this;
        }

        StepSpec next(String... stepCodes) {
            next = Arrays.asList(stepCodes);
            return this;
        }

        StepSpec side() {
            sideTrack = true;
            return this;
        }

        List<UUID> exitItemKeys() {
            return mandatoryOnly ? profile.mandatoryKeys() : exitCodes.stream().map(profile::itemKey).toList();
        }
    }

    static final class LadderSpec {

        final String key;
        final String name;
        final String easyName;
        final List<StepSpec> steps = new ArrayList<>();

        LadderSpec(String key, String name, String easyName) {
            this.key = key;
            this.name = name;
            this.easyName = easyName;
        }

        LadderSpec step(StepSpec step) {
            steps.add(step);
            return this;
        }

        IdSource ids() {
            return IdSource.named(NAMESPACE + ":stegmodell:" + key);
        }

        UUID id() {
            return ids().id("ladder");
        }

        UUID stepId(String code) {
            if (steps.stream().noneMatch(s -> s.code.equals(code))) {
                throw new IllegalArgumentException("ladder " + key + " has no step " + code);
            }
            return ids().id("step:" + code);
        }

        LadderCommand command() {
            List<StepCommand> stepCommands = steps.stream().map(s -> new StepCommand(stepId(s.code), s.name,
                    s.easyName, s.description, s.type, s.profile.versionId(), s.exitItemKeys(), s.typicalWeeks,
                    s.maxWeeks, s.decider, s.next.stream().map(this::stepId).toList(), s.sideTrack)).toList();
            return new LadderCommand(name, easyName, stepCommands, true, null);
        }
    }
}
