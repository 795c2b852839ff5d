package se.kompetenskedjan.demo;

import static se.kompetenskedjan.demo.Acting.as;
import static se.kompetenskedjan.demo.DemoRegion.participant;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetenskedjan.identity.ExternalWorkplaceCommand;
import se.kompetenskedjan.identity.ExternalWorkplaceView;
import se.kompetenskedjan.identity.ExternalWorkplaces;
import se.kompetenskedjan.participants.ConsentCommand;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.SwedishLevel;
import se.kompetenskedjan.placements.PlacementCommand;
import se.kompetenskedjan.placements.PlacementStatus;
import se.kompetenskedjan.placements.PlacementType;
import se.kompetenskedjan.placements.PlacementView;
import se.kompetenskedjan.placements.Placements;
import se.kompetenskedjan.placements.ProposeCommand;
import se.kompetenskedjan.placements.ScheduleSlot;
import se.kompetenskedjan.placements.Selections;
import se.kompetenskedjan.placements.Sharing;
import se.kompetenskedjan.placements.Shift;
import se.kompetenskedjan.placements.StatusCommand;
import se.kompetenskedjan.placements.SupervisorCommand;
import se.kompetenskedjan.placements.SupervisorView;
import se.kompetenskedjan.placements.Supervisors;
import se.kompetenskedjan.shared.DemoData;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * Demo data, in the demo profile: one workplace without an account in each of Bergsjö and Sjömark, registered by
 * the municipality's coordinator, with a supervisor contact who has no login and an open place in the shared pool;
 * in Bergsjö a participant who consents to share with the shop is proposed there, so the coordinator has a proposal
 * to answer for the employer. Made-up
 * organisation numbers (group number 0, which no real organisation has) that pass the check digit. Once: not when
 * Bergsjö's coordinator already manages a workplace.
 */
@Component
@Profile("demo")
class DemoExternalWorkplaces implements DemoData {

    private final ExternalWorkplaces workplaces;
    private final Placements placements;
    private final Supervisors supervisors;
    private final Selections selections;
    private final ParticipantRegister register;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoExternalWorkplaces(ExternalWorkplaces workplaces, Placements placements, Supervisors supervisors,
            Selections selections, ParticipantRegister register, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.register = register;
        this.workplaces = workplaces;
        this.placements = placements;
        this.supervisors = supervisors;
        this.selections = selections;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "external-workplaces";
    }

    @Override
    public void load() {
        if (as("koordinator.bergsjo", () -> !workplaces.list().isEmpty())) {
            return;
        }
        LocalDate today = SwedishTime.today(clock);
        transactions.executeWithoutResult(status -> {
            PlacementView shop = as("koordinator.bergsjo", () -> {
                ExternalWorkplaceView workplace = workplaces.register(new ExternalWorkplaceCommand(
                        "Bergsjö Lanthandel AB", "002100-0005", "Storgatan 4, 234 56 Bergsjö", "Karin Lund",
                        "karin.lund@lanthandeln.example", "0123-456 78", null));
                SupervisorView karin = supervisors.create(new SupervisorCommand(workplace.unitId(), null,
                        "Karin Lund", "Butiksägare", null, null, 1, false, true,
                        "Kontaktperson, inget konto: kommunen sköter platsen", null));
                return open(new PlacementCommand(workplace.unitId(), PlacementType.WORK_TRAINING,
                        "Arbetsträning i lanthandeln", null,
                        "Du packar upp varor, fyller på hyllor och hjälper kunder. Du har en handledare.", null,
                        "Butikssäljare", "5223", null, List.of(), 1, weekdays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                                DayOfWeek.THURSDAY), Shift.DAY, 18, today.minusWeeks(1), today.plusMonths(4),
                        SwedishLevel.SFI_B, List.of(), false, null, "Storgatan 4", "234 56", "Bergsjö", 57.91, 12.62,
                        "Buss 210 till Bergsjö centrum, 2 minuter att gå.", "Entré utan trappsteg.", Sharing.REGION,
                        List.of(), List.of(karin.id()), null));
            });
            // Saida consents to share her data with the shop, as with any employer, and is proposed there.
            as("koordinator.bergsjo", () -> {
                register.giveConsent(participant(21), new ConsentCommand("Arbetsträning i lanthandeln",
                        Set.of(shop.organisationId()), today.minusDays(2), today.plusMonths(6)));
                return selections.propose(new ProposeCommand(shop.id(), participant(21), 72,
                        "Vill arbeta med människor och har provat på butik i hemlandet"));
            });
            as("koordinator.sjomark", () -> {
                ExternalWorkplaceView workplace = workplaces.register(new ExternalWorkplaceCommand(
                        "Sjömarks Handelsträdgård AB", "002100-0013", "Strandvägen 12, 345 67 Sjömark",
                        "Olle Strand", "olle@handelstradgarden.example", null, null));
                SupervisorView olle = supervisors.create(new SupervisorCommand(workplace.unitId(), null,
                        "Olle Strand", "Trädgårdsmästare", null, null, 2, false, true,
                        "Kontaktperson, inget konto: kommunen sköter platsen", null));
                return open(new PlacementCommand(workplace.unitId(), PlacementType.INTERNSHIP,
                        "Praktik i handelsträdgården", null,
                        "Du sår, planterar om och vattnar. Du arbetar mest utomhus. Du har en handledare.", null,
                        "Trädgårdsarbetare", "6113", null, List.of(), 2, weekdays(DayOfWeek.MONDAY,
                                DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), Shift.DAY, 20, today.plusWeeks(1),
                        today.plusMonths(5), SwedishLevel.SFI_A, List.of(), false, null, "Strandvägen 12", "345 67",
                        "Sjömark", 58.02, 12.48, "Buss 330 till Strandvägen.", null, Sharing.REGION, List.of(),
                        List.of(olle.id()), null));
            });
        });
    }

    private PlacementView open(PlacementCommand command) {
        PlacementView draft = placements.create(command);
        return placements.changeStatus(draft.id(), new StatusCommand(PlacementStatus.OPEN, draft.lockVersion()));
    }

    private static List<ScheduleSlot> weekdays(DayOfWeek... days) {
        return java.util.Arrays.stream(days).map(day -> new ScheduleSlot(day, LocalTime.of(8, 0), LocalTime.of(14, 0)))
                .toList();
    }
}
