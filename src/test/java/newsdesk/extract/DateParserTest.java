package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-18T07:45:00+01:00 | 2024-03-18T07:45+01:00
            2024-03-18T07:45:00.123Z | 2024-03-18T07:45Z
            2024-03-18 07:45:00 +0530 | 2024-03-18T07:45+05:30
            2024-03-18 | 2024-03-18T00:00Z
            'Mon, 18 Mar 2024 07:45:00 GMT' | 2024-03-18T07:45Z
            'March 3, 2024 at 6:40 PM' | 2024-03-03T18:40Z
            'Published Sept. 4, 2025 10:30 a.m. ET' | 2025-09-04T10:30-04:00
            '4 September 2025' | 2025-09-04T00:00Z
            '04.09.2025' | 2025-09-04T00:00Z
            1700000000 | 2023-11-14T22:13:20Z
            'Published 4 May 2025 10:00 BST · Updated May 6, 2025 11:30 BST' | 2025-05-04T10:00+01:00
            '12.03.2024, updated March 15, 2024 8:00 pm' | 2024-03-12T00:00Z
            """)
    void readsTheFormatsPagesUse(String raw, String expected) {
        assertThat(DateParser.parse(raw)).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'Last Updated: June 2022' | 2022-06-01T00:00Z
            'Sept. 2019' | 2019-09-01T00:00Z
            """)
    void readsAMonthWithoutADayAsItsFirst(String raw, String expected) {
        assertThat(DateParser.parse(raw)).isNull();
        assertThat(DateParser.monthYear(raw)).hasToString(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "0001-01-01T00:00:00Z", "2999-01-01", "Page 12 of 40", "2024-13-45"})
    void rejectsWhatIsNotAPlausibleDate(String raw) {
        assertThat(DateParser.parse(raw)).isNull();
    }
}
