package se.kompetenskedjan.schedules.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * Writes a feed's events with biweekly: times are Swedish local times written in UTC (so a DST change needs no
 * VTIMEZONE), a stable UID and the source's version as SEQUENCE. Summaries are the caller's fixed texts, never a
 * participant's name or anything about their health.
 */
final class IcsWriter {

    static final String DOMAIN = "@kompetenskedjan.se";

    record Event(String uid, long sequence, LocalDate date, LocalTime start, LocalTime end, String summary) {
    }

    private IcsWriter() {
    }

    static String write(String name, List<Event> events, Instant now) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Kompetenskedjan//Schema//SV");
        calendar.setName(name);
        Date stamp = Date.from(now);
        for (Event event : events) {
            VEvent vevent = new VEvent();
            vevent.setUid(event.uid());
            vevent.setSequence((int) Math.min(Integer.MAX_VALUE, event.sequence()));
            vevent.setDateTimeStamp(stamp);
            vevent.setDateStart(Date.from(event.date().atTime(event.start()).atZone(SwedishTime.SWEDEN).toInstant()));
            vevent.setDateEnd(Date.from(event.date().atTime(event.end()).atZone(SwedishTime.SWEDEN).toInstant()));
            vevent.setSummary(event.summary());
            calendar.addEvent(vevent);
        }
        return Biweekly.write(calendar).go();
    }
}
