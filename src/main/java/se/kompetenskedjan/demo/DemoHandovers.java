package se.kompetenskedjan.demo;

import static se.kompetenskedjan.demo.Acting.as;
import static se.kompetenskedjan.demo.DemoRegion.demoId;
import static se.kompetenskedjan.demo.DemoRegion.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetenskedjan.handovers.HandoverCommand;
import se.kompetenskedjan.handovers.Handovers;
import se.kompetenskedjan.participants.ConsentCommand;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.shared.DemoData;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * Demo data, in the demo profile: Viktor Melnyk is moving from Sjömark to Älvstad; he consents to share his data with
 * Älvstad's labour-market administration and Sjömark's coordinator proposes to hand him over, so Älvstad's
 * coordinator has a hand-over to answer. Once: not when a hand-over of his exists.
 */
@Component
@Profile("demo")
class DemoHandovers implements DemoData {

    private static final int MOVING = 35;

    private final Handovers handovers;
    private final ParticipantRegister register;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoHandovers(Handovers handovers, ParticipantRegister register, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.handovers = handovers;
        this.register = register;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "handovers";
    }

    @Override
    public void load() {
        UUID viktor = participant(MOVING);
        if (as("koordinator.sjomark", () -> !handovers.forParticipant(viktor).isEmpty())) {
            return;
        }
        LocalDate today = SwedishTime.today(clock);
        UUID alvstad = demoId("org:alvstad:arbetsmarknad");
        transactions.executeWithoutResult(status -> as("koordinator.sjomark", () -> {
            register.giveConsent(viktor, new ConsentCommand("Flytt till Älvstad: överlämning till Älvstads kommun",
                    Set.of(alvstad), today.minusDays(3), today.plusMonths(6)));
            return handovers.propose(viktor, new HandoverCommand(alvstad,
                    "Viktor flyttar till Älvstad i januari. Han är mitt i svenska för vård och behöver en ny praktikplats."));
        }));
    }
}
