package org.slant.dev.bench;

import org.junit.jupiter.api.Test;
import org.slant.extract.terminology.TerminologyAnalyzer;
import org.slant.extract.terminology.TerminologyKind;
import org.slant.extract.terminology.TerminologyLexicon;
import org.slant.model.Finding;
import org.slant.text.BlockSplitter;
import org.slant.model.Content;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The synthetic lexicon of the terminology benchmark leaves the shipped lexicon's findings unchanged. */
class SyntheticLexiconTest {

    @Test
    void findingsAreTheSameWithALexiconTenTimesLarger() {
        String text = "Putin's regime and the Kiev junta traded absurd claims about the massacre, reportedly.";
        TerminologyLexicon shipped = org.slant.Slant.lexicons().standard().compile(new TerminologyKind());
        List<org.slant.lexicon.LexiconFile> files = new java.util.ArrayList<>(
                org.slant.Slant.lexicons().standard().ofKind("terminology"));
        files.add(SyntheticLexicon.generate(shipped, 9 * shipped.size(), 7L));
        TerminologyLexicon big = new TerminologyKind().compile(files);
        assertEquals(10 * shipped.size(), big.size());
        List<Finding> expected = new TerminologyAnalyzer(shipped, null).analyze(content(text), null).findings();
        assertEquals(6, expected.size(), expected.toString());
        assertEquals(expected, new TerminologyAnalyzer(big, null).analyze(content(text), null).findings());
    }

    private static Content content(String text) {
        return Content.of(text, BlockSplitter.split(text));
    }
}
