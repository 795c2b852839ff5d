package se.kompetenskedjan.participants.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.participants.EducationLevel;
import se.kompetenskedjan.participants.Gender;
import se.kompetenskedjan.participants.IncomeSource;
import se.kompetenskedjan.participants.ReferralSource;
import se.kompetenskedjan.participants.StatisticalFacts;
import se.kompetenskedjan.participants.SwedishLevel;

@Component
@Transactional(readOnly = true)
class StatisticalFactsQueries implements StatisticalFacts {

    private final JdbcClient jdbc;

    StatisticalFactsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Facts> of(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        if (participantIds.size() > 1000) {
            throw new IllegalArgumentException("at most 1,000 participants");
        }
        return jdbc.sql("""
                SELECT id, gender, birth_year, referral_source, swedish_level, income_source, education_level
                FROM participant WHERE id IN (:ids)""")
                .param("ids", List.copyOf(participantIds))
                .query((rs, n) -> new Facts(rs.getObject("id", UUID.class), Gender.valueOf(rs.getString("gender")),
                        rs.getObject("birth_year", Integer.class),
                        ReferralSource.valueOf(rs.getString("referral_source")),
                        SwedishLevel.valueOf(rs.getString("swedish_level")),
                        IncomeSource.valueOf(rs.getString("income_source")),
                        EducationLevel.valueOf(rs.getString("education_level"))))
                .list().stream().collect(Collectors.toMap(Facts::participantId, Function.identity()));
    }
}
