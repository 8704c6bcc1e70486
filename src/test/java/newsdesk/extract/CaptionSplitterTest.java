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
            Sen. Ada Moss speaks outside the hearing room on Monday. (Rui Sousa/The Harbour Ledger) | Sen. Ada Moss speaks outside the hearing room on Monday. | Rui Sousa/The Harbour Ledger
            Two cars collided on Route 4 late Friday.(KXRT) | Two cars collided on Route 4 late Friday. | KXRT
            Volunteers fill sandbags by the river. [Ola Berg, Riverside Times] | Volunteers fill sandbags by the river. | Ola Berg, Riverside Times
            The mill in its last working year. (Staff photo/Ann Lee) | The mill in its last working year. | Staff photo/Ann Lee
            The pier before the storm. (Ledger photo by Ann Lee) | The pier before the storm. | Ledger photo by Ann Lee
            The council meets in the old library. (left) | The council meets in the old library. (left) | ''
            The choir sings at the opening. (center, in red) | The choir sings at the opening. (center, in red) | ''
            The stadium before its renovation. (2019) | The stadium before its renovation. (2019) | ''
            The stadium before its renovation. (File) | The stadium before its renovation. (File) | ''
            The stadium before its renovation. (File Photo) | The stadium before its renovation. (File Photo) | ''
            The mayor, right, greets the winners. (Center, Ola Berg) | The mayor, right, greets the winners. (Center, Ola Berg) | ''
            Ada Moss greets supporters (Democrat) | Ada Moss greets supporters (Democrat) | ''
            The mayor speaks. (She was re-elected in May.) | The mayor speaks. (She was re-elected in May.) | ''
            """)
    void creditIsSplitWhereTheTextReadsAsOne(String caption, String expectedCaption, String expectedCredit) {
        String[] split = CaptionSplitter.split(caption);

        assertThat(split[0]).isEqualTo(expectedCaption);
        assertThat(split[1]).isEqualTo(expectedCredit);
    }
}
