package se.kompetenskedjan.schedules.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.education.EducationCalendar;
import se.kompetenskedjan.education.EducationCalendar.CourseDay;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UserId;
import se.kompetenskedjan.identity.UserView;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.placements.PlacementWork.WorkPlacement;
import se.kompetenskedjan.schedules.CalendarFeeds;
import se.kompetenskedjan.schedules.FeedKind;
import se.kompetenskedjan.schedules.FeedLink;
import se.kompetenskedjan.schedules.internal.WorkPatternRules.WorkDay;

@Service
@Transactional
class CalendarFeedService implements CalendarFeeds {

    static final int WEEKS_BACK = 4;
    static final int WEEKS_AHEAD = 16;
    static final String WORK = "Arbetsplatsträning";
    static final String AT_WORKPLACE = "Deltagare på arbetsplatsen";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedRepository feeds;
    private final ScheduleService schedules;
    private final EducationCalendar education;
    private final ParticipantRegister register;
    private final CurrentUsers currentUsers;
    private final IdentityDirectory identity;
    private final Clock clock;

    CalendarFeedService(CalendarFeedRepository feeds, ScheduleService schedules, EducationCalendar education,
            ParticipantRegister register, CurrentUsers currentUsers, IdentityDirectory identity, Clock clock) {
        this.feeds = feeds;
        this.schedules = schedules;
        this.education = education;
        this.register = register;
        this.currentUsers = currentUsers;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public boolean offered() {
        return currentUsers.currentIfAny().map(u -> kind(u) != null).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FeedLink> mine() {
        CurrentUser user = currentUsers.current();
        return feeds.inForce(user.id().value()).map(f -> new FeedLink(f.kind(), f.createdAt(), null));
    }

    @Override
    public FeedLink create() {
        CurrentUser user = currentUsers.current();
        FeedKind kind = kind(user);
        if (kind == null) {
            throw new AccessDeniedException("no calendar feed for this role");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var now = clock.instant();
        feeds.revokeAll(user.id().value(), now);
        feeds.insert(user.id().value(), kind, sha256(token), now);
        return new FeedLink(kind, now, "/kalender/" + token + ".ics");
    }

    @Override
    public void revoke() {
        feeds.revokeAll(currentUsers.current().id().value(), clock.instant());
    }

    @Override
    public Optional<String> render(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        Optional<CalendarFeedRepository.Feed> feed = feeds.byToken(sha256(token));
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        Optional<UserView> owner = identity.findUser(new UserId(feed.get().ownerUserId())).filter(UserView::enabled);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        return asOwner(owner.get().username(), () -> {
            Optional<CurrentUser> user = currentUsers.currentIfAny();
            if (user.isEmpty() || kind(user.get()) != feed.get().kind()) {
                return Optional.<String>empty();
            }
            return Optional.of(IcsWriter.write("Kompetenskedjan", events(user.get(), feed.get().kind()),
                    clock.instant()));
        });
    }

    private List<IcsWriter.Event> events(CurrentUser user, FeedKind kind) {
        LocalDate today = schedules.today();
        LocalDate from = IsoWeeks.mondayOf(today).minusWeeks(WEEKS_BACK);
        LocalDate to = IsoWeeks.mondayOf(today).plusWeeks(WEEKS_AHEAD).minusDays(1);
        List<IcsWriter.Event> events = new ArrayList<>();
        switch (kind) {
            case PARTICIPANT -> {
                var participantId = user.participantId();
                register.access(participantId, AccessNeed.READ, "calendar feed");
                education.ofParticipant(participantId, from, to).forEach(s -> events.add(session(s)));
                schedules.workDays(participantId, from, to).forEach(d -> events.add(work(d, WORK)));
            }
            case SUPERVISOR -> {
                for (Map.Entry<WorkPlacement, List<WorkDay>> placement
                        : schedules.supervisedDays(user.id().value(), from, to).entrySet()) {
                    if (placement.getValue().isEmpty()) {
                        continue;
                    }
                    register.access(placement.getKey().participantId(), AccessNeed.READ, "calendar feed");
                    placement.getValue().forEach(d -> events.add(work(d, AT_WORKPLACE)));
                }
            }
            case TEACHER -> education.taughtBy(user.id().value(), from, to).forEach(s -> events.add(session(s)));
            default -> throw new IllegalStateException(kind.name());
        }
        return events;
    }

    private static IcsWriter.Event session(CourseDay s) {
        return new IcsWriter.Event("session-" + s.sessionId() + IcsWriter.DOMAIN, s.version(), s.date(), s.start(),
                s.end(), "Kurs: " + s.courseName());
    }

    private static IcsWriter.Event work(WorkDay d, String summary) {
        return new IcsWriter.Event("work-" + d.proposalId() + "-" + d.date() + IcsWriter.DOMAIN, d.version(),
                d.date(), d.start(), d.end(), summary);
    }

    private static FeedKind kind(CurrentUser user) {
        return switch (user.role()) {
            case PARTICIPANT -> user.participantId() != null ? FeedKind.PARTICIPANT : null;
            case SUPERVISOR -> FeedKind.SUPERVISOR;
            case TEACHER -> FeedKind.TEACHER;
            default -> null;
        };
    }

    /** Runs the work with the owner signed in (their rights now, their name in the audit trail), then restores. */
    private static <T> T asOwner(String username, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext owner = SecurityContextHolder.createEmptyContext();
        owner.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        SecurityContextHolder.setContext(owner);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
