package org.casereview.etl.normalise;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence opening with "The boy ..." is about the one who harmed the child: the noun
 * was first used for that person ("Sexual abuse of a 7-year-old girl by a 13-year-old boy. The boy
 * had been excluded from school."), so what the sentence says is not the child's.
 */
final class AgentSubject {
    private final Pattern opening;
    private final Pattern agentPhraseStart;

    AgentSubject(Vocabulary vocabulary) {
        String nouns = String.join("|", vocabulary.cueWords("agent_nouns").stream().map(PhrasePatterns::spaced).toList());
        this.opening = Pattern.compile("^\\W*(?:the|this|that) (" + nouns + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
        this.agentPhraseStart = PhrasePatterns.anyOf(vocabulary.cueWords("agent_before"));
    }

    boolean about(String text, List<TextScan.Sentence> sentences, TextScan.Sentence sentence) {
        Matcher open = opening.matcher(sentence.text());
        if (!open.find()) {
            return false;
        }
        String noun = open.group(1).toLowerCase(Locale.ROOT);
        String before = text.substring(0, Math.min(text.length(), sentence.start()));
        Matcher first = Pattern.compile("(?<![\\w-])" + Pattern.quote(noun) + "(?![\\w-])", Pattern.CASE_INSENSITIVE)
                .matcher(before);
        if (!first.find()) {
            return false;
        }
        // the noun's first mention comes a few words after "by a": "by a 13-year-old boy"
        String lead = before.substring(Math.max(0, first.start() - 40), first.start());
        Matcher agent = agentPhraseStart.matcher(lead);
        int lastAgent = -1;
        while (agent.find()) {
            lastAgent = agent.end();
        }
        return lastAgent >= 0 && lead.substring(lastAgent).strip().split("\\s+").length <= 3;
    }
}
