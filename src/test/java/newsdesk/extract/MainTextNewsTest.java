package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** News pages' own furniture printed as plain paragraphs: notices, asks and header lines around the story. */
class MainTextNewsTest {

    @Test
    void aWireStorysCopyrightCoverageAndStandardsLinesAreNotTheText() {
        ExtractedArticle a = Fixtures.extract("wire-copy-closing-notices-without-classes.html",
                "https://www.lakeshoretribune.com/news/dam-inspection-finds-cracks");

        assertThat(a.text()).contains("State engineers found cracks", "how to share the water.",
                        "Associated Press writer Tom Delancey contributed from Salem.")
                .doesNotContain("All rights reserved", "All Rights Reserved", "may not be published",
                        "Follow AP's coverage", "Our Standards", "Trust Principles");
    }

    @Test
    void anExcerptsCopyrightNoteAndSentencesAboutCoverageOrStandardsStay() {
        ExtractedArticle a = Fixtures.extract("book-excerpt-and-standards-in-sentences.html",
                "https://northwindreview.com/excerpts/river-ran-backward");

        assertThat(a.text()).contains("Our standards: we checked every date",
                "Read more of the author's coverage of the quake's survivors",
                "Excerpted from The River That Ran Backward by Helen Marsh. Copyright © 2024 by Helen Marsh.");
    }
}
