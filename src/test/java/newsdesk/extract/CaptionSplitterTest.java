package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaptionSplitterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Crowds gather outside the court on Tuesday. REUTERS/Ana Ruiz | Crowds gather outside the court on Tuesday. | REUTERS/Ana Ruiz
            A firefighter rests near the ridge. (AP Photo/Lee Chan) | A firefighter rests near the ridge. | AP Photo/Lee Chan
            The new bridge at dawn. Photo: Marta Gil | The new bridge at dawn. | Photo: Marta Gil
            Delegates arrive for the summit. Getty Images | Delegates arrive for the summit. | Getty Images
            Protesters march through the centre. John Doe / AFP | Protesters march through the centre. | John Doe / AFP
            Fans celebrate the win. Kim Lo/Getty Images | Fans celebrate the win. | Kim Lo/Getty Images
            The new square at night. (Photo Credit: Melissa Zink Photography) | The new square at night. | Photo Credit: Melissa Zink Photography
            The harbour in winter, seen from the hill above the town. | The harbour in winter, seen from the hill above the town. | ''
            © Inria / Photo C. Morel | '' | © Inria / Photo C. Morel
            © Dana Ortiz. Watermen unload oysters at Kent Narrows on Monday. | © Dana Ortiz. Watermen unload oysters at Kent Narrows on Monday. | ''
            Photo Courtesy of Noble Desktop | '' | Photo Courtesy of Noble Desktop
            Jamila Norman can transform any garden.courtesy of HGTV | Jamila Norman can transform any garden. | courtesy of HGTV
            Revellers wait for the ball drop in Times Square / New York City | Revellers wait for the ball drop in Times Square / New York City | ''
            The mayor paid a courtesy visit to the school. | The mayor paid a courtesy visit to the school. | ''
            Trains run every hour on the Lisbon / Porto line | Trains run every hour on the Lisbon / Porto line | ''
            """)
    void creditIsSplitWhereTheTextReadsAsOne(String caption, String expectedCaption, String expectedCredit) {
        String[] split = CaptionSplitter.split(caption);

        assertThat(split[0]).isEqualTo(expectedCaption);
        assertThat(split[1]).isEqualTo(expectedCredit);
    }
}
