package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Byline traps: each fixture is a way pages mislead a naive author search. */
class BylineTest {

    @Test
    void theOutletNamedAsAuthorGivesWayToThePersonInTheByline() {
        ExtractedArticle a = Fixtures.extract("byline-outlet-named-as-author.html", "https://harbourgazette.example/ferry");

        assertThat(a.authors()).containsExactly("Ingrid Solheim");
        assertThat(a.sources()).containsEntry("authors", Evidence.DOM);
    }

    @Test
    void aByHeadingInAMenuIsNoByline() {
        ExtractedArticle a = Fixtures.extract("byline-menu-heading-is-not-author.html", "https://planwell.example/offsite");

        assertThat(a.authors()).isEmpty();
    }
}
