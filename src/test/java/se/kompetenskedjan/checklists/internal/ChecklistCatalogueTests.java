package se.kompetenskedjan.checklists.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.checklists.Industry;

/**
 * The ready checklist templates are data ({@code checklists/templates/checklists.yaml}), read the same as when they
 * were Java code: the seven templates in their order, their 66 items, the fixed ids and the yes/no items without a task.
 */
class ChecklistCatalogueTests {

    @Test
    void theFileHoldsTheSevenTemplatesWithTheirItems() {
        assertThat(ChecklistCatalogue.ALL).extracting(ChecklistCatalogue.Template::profileKey).containsExactly(
                "serviceassistent", "lokalvard", "koksbitrade", "kulturtolk-forskola", "fastighetsservice",
                "lager-truck", "mobeltillverkning");
        assertThat(ChecklistCatalogue.ALL).extracting(ChecklistCatalogue.Template::industry).doesNotHaveDuplicates()
                .hasSize(7).doesNotContain(Industry.OTHER);
        assertThat(ChecklistCatalogue.ALL.stream().mapToInt(t -> t.items().size()).sum()).isEqualTo(66);
        ChecklistCatalogue.Template warehouse = ChecklistCatalogue.WAREHOUSE;
        assertThat(warehouse.industry()).isEqualTo(Industry.WAREHOUSE);
        assertThat(warehouse.title()).isEqualTo("Lager med truck");
        assertThat(warehouse.id()).isEqualTo(ChecklistCatalogue.named("kompetenskedjan:checklistmall:lager-truck"));
        assertThat(warehouse.items().get(0)).isEqualTo(new ChecklistCatalogue.Item("truckkort",
                "Har truckkort (A och B)", "Jag har truckkort.", null));
        assertThat(warehouse.items().get(1)).isEqualTo(new ChecklistCatalogue.Item("truck",
                "Kör truck säkert: kontroll före start, last, hastighet och parkering", "Jag kör trucken säkert.",
                "köra truck"));
        assertThat(ChecklistCatalogue.byProfile("serviceassistent").easyTitle()).isEqualTo("Jobba i hemtjänsten");
    }

    @Test
    void aMissingFileStopsTheStart() {
        assertThatThrownBy(() -> ChecklistCatalogue.load("/checklists/templates/none.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("none.yaml");
    }
}
