package se.kompetenskedjan.matching;

import java.util.List;

/** The best matches first; considered = how many were compared, eligible = how many passed the hard requirements. */
public record Ranking(int considered, int eligible, List<MatchView> matches) {
}
