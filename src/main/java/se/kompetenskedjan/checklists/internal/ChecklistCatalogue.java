package se.kompetenskedjan.checklists.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.checklists.Industry;

/**
 * The ready checklist templates, modelled on KAK's per-industry checklists (002): home-care service tasks, cleaning
 * (lokalvård), kitchen, preschool with cultural interpreters, property care, warehouse with truck, and furniture
 * production. Each item names a requirement item of a platform requirement profile by the profile's key and the
 * item's code (the platform profiles of the profiles module's template catalogue derive their ids from these names;
 * cleaning and warehouse are standalone platform profiles there). Level descriptors are written from each
 * item's own task ("what the participant does"), in the scale's four steps.
 */
final class ChecklistCatalogue {

    /** The ladder templates' naming of platform profiles (profiles module, TemplateCatalogue). */
    static final String PROFILE_NAMESPACE = "kompetenskedjan:mall:profil:";

    record Item(String code, String text, String easyText, String task) {
    }

    record Template(Industry industry, String title, String easyTitle, String profileKey, List<Item> items) {

        /** The template's fixed id: the same in every installation. */
        UUID id() {
            return named("kompetenskedjan:checklistmall:" + profileKey);
        }

        UUID versionId() {
            return named(PROFILE_NAMESPACE + profileKey + ":version");
        }

        UUID itemKey(String code) {
            return named(PROFILE_NAMESPACE + profileKey + ":item-key:" + code);
        }
    }

    static UUID named(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private ChecklistCatalogue() {
    }

    /** The four descriptors of an item from its task, e.g. "städa enligt checklistan"; yes/no items: no and yes. */
    static String[] descriptors(String task, boolean yesNo) {
        if (yesNo) {
            return new String[] {"Nej, inte ännu.", null, null, "Ja, visat för handledaren."};
        }
        return new String[] {"Har ännu inte provat att " + task + ".",
                "Kan " + task + " när handledaren visar och är med hela tiden.",
                "Kan " + task + " med visst stöd; behöver påminnas ibland.",
                "Kan " + task + " självständigt och enligt rutinen."};
    }

    private static Item item(String code, String text, String easyText, String task) {
        return new Item(code, text, easyText, task);
    }

    static final Template HOME_CARE = new Template(Industry.HOME_CARE, "Hemtjänst – serviceuppgifter",
            "Jobba i hemtjänsten", "serviceassistent", List.of(
            item("hygien", "Följer basala hygienrutiner i brukarens hem: handsprit, handskar, arbetskläder",
                    "Jag tvättar och spritar händerna. Jag använder handskar.", "följa hygienrutinerna"),
            item("tystnadsplikt", "Följer tystnadsplikten och visar respekt för att arbetsplatsen är brukarens hem",
                    "Jag pratar inte om brukarna med andra.", "hålla tystnadsplikten"),
            item("bemotande", "Hälsar, presenterar sig och frågar brukaren hur hen vill ha det",
                    "Jag hälsar och frågar brukaren hur hen vill ha det.", "bemöta brukaren med respekt"),
            item("svenska-tal", "Pratar med brukare och kollegor om vardagliga saker och förstår muntliga instruktioner",
                    "Jag pratar svenska med brukare och kollegor.", "prata och förstå instruktioner på svenska"),
            item("stad", "Städar brukarens bostad enligt checklistan: damm, golv, kök och badrum",
                    "Jag städar hemmet enligt listan.", "städa enligt checklistan"),
            item("tvatt", "Tvättar, torkar och viker tvätt och följer tvättrådens symboler",
                    "Jag tvättar och viker kläder.", "sköta tvätten"),
            item("inkop", "Handlar enligt inköpslistan och redovisar kvitto och växel till brukaren",
                    "Jag handlar och ger kvittot till brukaren.", "handla och redovisa pengarna"),
            item("maltid", "Värmer och serverar måltider och tar hänsyn till specialkost",
                    "Jag serverar mat. Jag vet att vissa inte får äta allt.", "servera måltider"),
            item("rapportera", "Märker förändringar hos brukaren och säger till ansvarig personal samma dag",
                    "Jag säger till om brukaren verkar sjuk eller ledsen.", "rapportera förändringar"),
            item("telefon", "Använder arbetstelefonen för schema, uppdrag och larm",
                    "Jag använder jobbtelefonen.", "använda arbetstelefonen"),
            item("cykla", "Cyklar i trafik mellan brukarna", "Jag kan cykla till brukarna.", "cykla i trafik")));

    static final Template CLEANING = new Template(Industry.CLEANING, "Lokalvård", "Jobba med städning",
            "lokalvard", List.of(
            item("metod", "Städar enligt städplanen med rätt metod för varje yta: torrt, fuktigt, vått",
                    "Jag städar rätt yta på rätt sätt.", "städa med rätt metod"),
            item("kemikalier", "Doserar och använder rengöringsmedel rätt och läser varningsmärkningen",
                    "Jag tar rätt mängd medel. Jag läser varningarna.", "dosera rengöringsmedel"),
            item("maskiner", "Använder städmaskiner (skurmaskin, dammsugare) säkert och rengör dem efteråt",
                    "Jag kör städmaskinen och gör ren den.", "använda städmaskinerna"),
            item("fargkoder", "Följer färgkoderna för moppar och dukar så att smuts inte sprids",
                    "Jag använder rätt färg på trasan.", "följa färgkoderna"),
            item("ergonomi", "Arbetar ergonomiskt: lyfter rätt och växlar arbetsställning",
                    "Jag jobbar så att jag inte skadar kroppen.", "arbeta ergonomiskt"),
            item("avfall", "Tömmer papperskorgar och sorterar avfall rätt", "Jag sorterar soporna.", "sortera avfall"),
            item("tid", "Blir klar med sitt städområde i tid", "Jag blir klar i tid.", "bli klar i tid"),
            item("rapportera", "Säger till om fel och skador i lokalen", "Jag säger till om något är trasigt.",
                    "rapportera fel och skador"),
            item("svenska", "Läser städplanen och förstår instruktioner på svenska", "Jag kan läsa städplanen.",
                    "läsa städplanen")));

    static final Template KITCHEN = new Template(Industry.KITCHEN, "Kök – storkök", "Jobba i köket", "koksbitrade",
            List.of(
            item("livsmedelshygien", "Följer rutinerna för livsmedelshygien: handtvätt, temperaturer, märkning",
                    "Jag följer reglerna för hygien med mat.", "följa rutinerna för livsmedelshygien"),
            item("specialkost", "Håller isär specialkost och allergikost och märker den rätt",
                    "Jag blandar inte ihop specialkost.", "hålla isär specialkost"),
            item("disk", "Sköter disken och diskmaskinen: sortering, temperatur, rengöring",
                    "Jag diskar och sköter diskmaskinen.", "sköta disken"),
            item("forberedelse", "Skalar, skär och portionerar råvaror enligt recept",
                    "Jag skalar, skär och delar upp mat.", "förbereda råvaror"),
            item("servering", "Serverar och fyller på i matsalen", "Jag serverar maten.", "servera och fylla på"),
            item("stad", "Rengör kök och ytor enligt städschemat", "Jag städar köket.", "rengöra köket"),
            item("tempo", "Arbetar i jämnt tempo så att maten blir klar i tid", "Jag jobbar så att maten blir klar i tid.",
                    "hålla tempot"),
            item("svenska", "Läser recept, menyer och märkning på svenska", "Jag läser recept och menyer.",
                    "läsa recept och märkning"),
            item("hygienintyg", "Har intyg från kurs i livsmedelshygien", "Jag har gått kursen om hygien med mat.", null)));

    static final Template PRESCHOOL = new Template(Industry.PRESCHOOL, "Förskola – kulturtolk", "Kulturtolk i förskolan",
            "kulturtolk-forskola", List.of(
            item("modersmal", "Talar med barn och vårdnadshavare på modersmålet", "Jag pratar med barn och föräldrar på vårt språk.",
                    "tala med barn och vårdnadshavare på modersmålet"),
            item("svenska-samtal", "Samtalar på svenska med personalen om barnens vardag", "Jag pratar med personalen om barnen.",
                    "samtala på svenska med personalen"),
            item("formedla", "Förmedlar korta budskap mellan personal och vårdnadshavare vid lämning och hämtning",
                    "Jag säger vad personalen menar till föräldrarna.", "förmedla budskap"),
            item("forskolan", "Förklarar förskolans vardag och rutiner för nyanlända familjer",
                    "Jag berättar hur förskolan fungerar.", "förklara förskolans vardag"),
            item("barn", "Bemöter barnen med värme och tålamod enligt förskolans värdegrund", "Jag är snäll och lugn mot barnen.",
                    "bemöta barnen"),
            item("tystnadsplikt", "Följer tystnadsplikten kring barn och familjer", "Jag pratar inte om familjerna med andra.",
                    "hålla tystnadsplikten"),
            item("lek", "Leder sånger, sagor och lekar på modersmålet", "Jag sjunger och läser sagor.", "leda sånger och sagor"),
            item("hygien", "Följer hygienrutinerna vid måltider och handtvätt", "Jag följer reglerna för hygien.",
                    "följa hygienrutinerna"),
            item("app", "Skriver korta meddelanden i förskolans app", "Jag skriver i förskolans app.", "använda förskolans app"),
            item("registerutdrag", "Har visat utdrag ur belastningsregistret", "Jag har visat papperet från polisen.", null)));

    static final Template PROPERTY_CARE = new Template(Industry.PROPERTY_CARE, "Fastighetsskötsel", "Jobba med fastigheter",
            "fastighetsservice", List.of(
            item("rond", "Går rond med checklista och upptäcker fel", "Jag går runt och letar fel.", "gå rond med checklistan"),
            item("utemiljo", "Sköter utemiljön: sopar, krattar, snöröjer och sandar", "Jag sköter gården.", "sköta utemiljön"),
            item("avfall", "Sorterar avfall och kör det till återvinningen", "Jag sorterar sopor.", "sortera avfall"),
            item("reparation", "Byter glödlampor, lagar enkla lås och monterar möbler", "Jag lagar enkla saker.",
                    "göra enkla reparationer"),
            item("verktyg", "Använder handverktyg och små maskiner säkert", "Jag använder verktyg säkert.", "använda verktygen"),
            item("skydd", "Använder skyddsutrustning: handskar, glasögon, hörselskydd", "Jag använder skydd.",
                    "använda skyddsutrustningen"),
            item("bemotande", "Bemöter hyresgäster vänligt och hjälpsamt", "Jag är vänlig mot hyresgästerna.",
                    "bemöta hyresgästerna"),
            item("svenska", "Läser en felanmälan och berättar vad som är gjort", "Jag läser felanmälan.", "läsa en felanmälan")));

    static final Template WAREHOUSE = new Template(Industry.WAREHOUSE, "Lager med truck", "Jobba på lager",
            "lager-truck", List.of(
            item("truckkort", "Har truckkort (A och B)", "Jag har truckkort.", null),
            item("truck", "Kör truck säkert: kontroll före start, last, hastighet och parkering",
                    "Jag kör trucken säkert.", "köra truck"),
            item("plock", "Plockar order rätt efter plocklista eller skanner", "Jag plockar rätt varor.", "plocka order"),
            item("inleverans", "Tar emot gods: kontrollerar mot följesedel och rapporterar skador",
                    "Jag tar emot varor och kollar att allt är rätt.", "ta emot gods"),
            item("packning", "Packar och märker gods så att det klarar transporten", "Jag packar och märker varorna.",
                    "packa och märka gods"),
            item("skanner", "Använder handdator och skanner i lagersystemet", "Jag använder skannern.", "använda skannern"),
            item("sakerhet", "Följer säkerhetsreglerna: gångvägar, skyddsskor, lyft", "Jag följer reglerna för säkerhet.",
                    "följa säkerhetsreglerna"),
            item("ordning", "Håller ordning på sin plats och i gångarna", "Jag håller ordning.", "hålla ordning"),
            item("svenska", "Läser etiketter, plocklistor och skyltar på svenska", "Jag läser etiketter och skyltar.",
                    "läsa etiketter och plocklistor")));

    static final Template FURNITURE = new Template(Industry.FURNITURE_PRODUCTION, "Möbelproduktion", "Jobba i möbelfabrik",
            "mobeltillverkning", List.of(
            item("ritning", "Läser enkla ritningar och mått", "Jag läser en enkel ritning.", "läsa ritningar"),
            item("mata", "Mäter och kontrollerar mått med tumstock och skjutmått", "Jag mäter rätt.", "mäta och kontrollera mått"),
            item("maskin", "Kör kap, borr och kantlistmaskin efter instruktion", "Jag kör maskinerna.", "köra maskinerna"),
            item("montering", "Monterar stolar och bord enligt arbetsinstruktion", "Jag sätter ihop möbler.", "montera möbler"),
            item("kvalitet", "Kontrollerar kvaliteten och säger till om fel", "Jag kollar att allt blir rätt.", "kontrollera kvaliteten"),
            item("sakerhet", "Följer säkerhetsreglerna för maskiner, damm och buller", "Jag följer reglerna för säkerhet.",
                    "följa säkerhetsreglerna"),
            item("ytbehandling", "Slipar och oljar ytor", "Jag slipar och oljar trä.", "slipa och olja"),
            item("ordning", "Håller ordning vid maskinen (5S)", "Jag håller ordning där jag jobbar.", "hålla ordning"),
            item("svenska", "Förstår arbetsinstruktioner och säkerhetsskyltar på svenska", "Jag förstår instruktioner och skyltar.",
                    "förstå instruktionerna"),
            item("truck", "Har truckkort för att flytta material", "Jag har truckkort.", null)));

    static final List<Template> ALL = List.of(HOME_CARE, CLEANING, KITCHEN, PRESCHOOL, PROPERTY_CARE, WAREHOUSE, FURNITURE);

    static List<Template> all() {
        return new ArrayList<>(ALL);
    }
}
