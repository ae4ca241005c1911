package org.slant.extract.boilerplate;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.text.BlockSplitter;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Repeated blocks and injected spam, on texts written for the test. */
class DuplicatesAndSpamTest {

    private static final BoilerplateExtractor EXTRACTOR = new BoilerplateExtractor(Slant.lexicons().standard());

    private static final String BODY = """
            The city's water company said on Monday that it would replace four kilometres of old pipes under the market square this summer, closing the square to traffic for six weeks.

            Traders said they had not been consulted and asked for the work to be moved to the autumn, when fewer visitors come to the market.

            The company said the pipes date from 1931 and have burst three times in the past two years, each time cutting off water to several hundred homes.
            """;

    private static List<Category> labels(String raw) {
        Classification c = EXTRACTOR.classifier().classify(raw, BlockSplitter.split(raw), List.of(), null);
        return java.util.stream.IntStream.range(0, c.size()).mapToObj(c::category).toList();
    }

    @Test
    void aCaptionRepeatedWithACreditKeepsTheCreditedCopyAsCaption() {
        String raw = "Workers dig up the market square in the early morning\n"
                + "Workers dig up the market square in the early morning - Anna Berg/Reuters\n\n" + BODY;
        List<Category> l = labels(raw);
        assertEquals(Category.DUPLICATE, l.get(0));
        assertEquals(Category.CAPTION, l.get(1));
        assertEquals(Category.CONTENT, l.get(2));
    }

    @Test
    void anExactRepeatOfAParagraphIsADuplicateAndTheFirstCopyStays() {
        String para = "Traders said they had not been consulted and asked for the work to be moved to the autumn, when fewer visitors come to the market.";
        List<Category> l = labels(BODY + "\n" + para + "\n");
        assertEquals(Category.CONTENT, l.get(1));
        assertEquals(Category.DUPLICATE, l.get(l.size() - 1));
    }

    @Test
    void shortRepeatsAreNotDuplicates() {
        String raw = BODY + "\nRecent Posts\n\nPipes burst again in the old town\n\n2 days ago\n\nMarket traders protest\n\n2 days ago\n";
        List<Category> l = labels(raw);
        assertEquals(Category.NAVIGATION, l.get(l.size() - 1));
        assertEquals(Category.NAVIGATION, l.get(l.size() - 3));
    }

    @Test
    void gamblingPharmacyAndForeignScriptSpamAreSpam() {
        String raw = BODY + """

                Best online casino bonuses: 200 free spins with no deposit

                Buy cheap viagra online without prescription

                Лучшие букмекерские конторы с бонусом за регистрацию

                Situs slot gacor terpercaya dan terbaik untuk anda yang ingin bermain dengan aman setiap hari
                """;
        List<Category> l = labels(raw);
        int n = l.size();
        assertEquals(List.of(Category.SPAM, Category.SPAM, Category.SPAM, Category.SPAM), l.subList(n - 4, n));
        assertEquals(Category.CONTENT, l.get(0));
    }

    @Test
    void aCyrillicCreditUnderAnEnglishCaptionIsACaptionNotSpam() {
        String raw = "The defence ministry building in Moscow **РБК / TASS**\n\n" + BODY;
        assertEquals(Category.CAPTION, labels(raw).get(0));
    }

    @Test
    void aRussianArticleIsNotSpamInItsOwnLanguage() {
        String raw = """
                Министр обороны Франции провёл телефонный разговор со своим российским коллегой, впервые с 2022 года.

                Стороны обсудили угрозу терроризма и подготовку к Олимпийским играм в Париже, сообщило министерство.

                По словам источника, разговор продолжался около часа и был посвящён в основном обмену информацией.
                """;
        for (Category c : labels(raw)) {
            assertEquals(Category.CONTENT, c);
        }
    }
}
