package org.symqa.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symqa.Symqa;
import org.symqa.TestPipeline;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.ItemParser;
import org.symqa.rules.SentenceView;

/**
 * Reference-list entries by the share of reference tokens, and by the authors and year an entry opens with; plans
 * and questions.
 */
class BackgroundTest {
    private static final String ENTRY = "Elith, J., Leathwick, J.R., 2009. Species distribution models: ecological "
            + "explanation and prediction across space and time. Annu. Rev. Ecol. Evol. Syst. 40, 677";

    private final Symqa symqa = TestPipeline.get();

    /** The settings of rules/background.txt with reference-head set to {@code head}. */
    private Background background(int head) throws Exception {
        return background("(?m)^reference-head: .*$", "reference-head: " + head);
    }

    /** The settings of rules/background.txt with the lines that {@code lines} matches replaced. */
    private Background background(String lines, String replacement) throws Exception {
        String text = Files.readString(Path.of("rules", "background.txt")).replaceAll(lines, replacement);
        return Background.from(KeyValueFile.parse("background.txt", text), new ItemParser(symqa.ruleSet().lexicons()));
    }

    private SentenceView view(String text) {
        return symqa.questionView(text);
    }

    @Test
    void aSentenceThatEndsOnAQuestionMarkAsks() throws Exception {
        Background b = background(12);
        assertTrue(b.test(view("Do you normalise the slide images before they go into the network?")));
        assertTrue(b.test(view("Thread: 'Do you normalise the slide images?'")), "before a closing quote");
        assertTrue(b.test(view("Thread: \"Do you normalise the slide images?\"")), "before a closing double quote");
        assertFalse(b.test(view("We normalised the slide images ('is this needed?') before training the network.")),
                "a quoted question inside the sentence does not make it a question");
        assertFalse(b.test(view("We normalised the slide images (is this needed?) before training the network.")),
                "a question mark inside the sentence does not make it a question");
        Background none = background("(?m)^question-end: .*$", "");
        assertFalse(none.test(view("Do you normalise the slide images before they go into the network?")),
                "without a question-end: line no sentence asks");
    }

    @Test
    void anUnknownKeyIsAnErrorWithItsPlace() throws Exception {
        String text = Files.readString(Path.of("rules", "background.txt")).replace("question-end:", "asks:");
        SourceException e = assertThrows(SourceException.class, () -> Background.from(
                KeyValueFile.parse("background.txt", text), new ItemParser(symqa.ruleSet().lexicons())));
        long line = text.lines().takeWhile(l -> !l.startsWith("asks:")).count() + 1;
        assertEquals("background.txt:" + line + ":1: unknown key 'asks' (known keys: reference-token, "
                + "reference-share, reference-min, reference-head, reference-head-token, reference-opening, "
                + "reference-fragment, reference-reach, other-work, other-work-citation, "
                + "other-work-citation-has, other-work-continues, self, plans, question-end, generic, "
                + "generic-anchor-tags, statement-min-tokens, other-model, other-model-deep, other-model-reach, "
                + "other-model-topics)", e.getMessage());
    }

    /** A count of tokens or sentences is a whole number: "3.5" is refused where it is written, not cut to 3. */
    @Test
    void aCountThatIsNoWholeNumberIsAnErrorWithItsPlace() throws Exception {
        String text = Files.readString(Path.of("rules", "background.txt"));
        long line = text.lines().takeWhile(l -> !l.startsWith("reference-min:")).count() + 1;
        SourceException e = assertThrows(SourceException.class,
                () -> background("(?m)^reference-min: .*$", "reference-min: 3.5"));
        assertEquals("background.txt:" + line + ":16: reference-min must be a whole number from 1 to 100, not '3.5'",
                e.getMessage());
        assertThrows(SourceException.class, () -> background("(?m)^statement-min-tokens: .*$",
                "statement-min-tokens: 2.0"));
        assertThrows(SourceException.class, () -> background("(?m)^reference-reach: .*$", "reference-reach: 11"));
    }

    /** Whether the last of the sentences goes on about the other work before it. */
    private static boolean continues(Background b, java.util.List<SentenceView> chunk) {
        return b.continuesOtherWork(chunk.size() - 1, chunk::get);
    }

    @Test
    void aSentenceThatPointsBackToCitedWorkGoesOnAboutIt() throws Exception {
        Background b = background(12);
        SentenceView cited = view("Norouzzadeh et al. (2018) trained a ResNet-152 on 3.2 million images.");
        SentenceView they = view("To reduce overfitting they enlarged the training set with horizontal flips.");
        SentenceView their = view("Their images were resized to 224 pixels.");
        assertTrue(continues(b, java.util.List.of(cited, they)), "\"they\" after a cited study that acts");
        assertTrue(b.test(1, 2, java.util.List.of(cited, they)::get), "the chunk-level test says so too");
        assertTrue(continues(b, java.util.List.of(cited, they, their)), "and the sentence after that in turn");
        assertTrue(continues(b, java.util.List.of(view("Previous studies have used CNNs for this task."), they)),
                "after a remark about earlier studies");
        assertFalse(continues(b, java.util.List.of(cited, view("To reduce overfitting we enlarged the training set "
                + "with horizontal flips, as they did."))), "a self word keeps the sentence about this study");
        assertFalse(continues(b, java.util.List.of(cited, view("To reduce overfitting, the training set was "
                + "enlarged with horizontal flips."))), "a sentence that does not point back");
        assertFalse(continues(b, java.util.List.of(view("We trained a ResNet-50 on 8,000 images."), they)),
                "after a sentence about this study");
        assertFalse(continues(b, java.util.List.of(cited, view("We trained a ResNet-50 on 8,000 images."), they)),
                "a sentence about this study in between ends the other work");
        assertFalse(continues(b, java.util.List.of(they)), "the first sentence of a chunk goes on from nothing");
        Background none = background("(?m)^other-work-continues: .*$", "");
        assertFalse(continues(none, java.util.List.of(cited, they)), "without the line no sentence goes on");
    }

    /** Sentences about a cited study that acts, and sentences that only cite (rules/background.txt as shipped). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', textBlock = """
            true  | Okafor et al. (2019) drew bounding boxes around every animal in 8,000 images. | the citation opens the sentence and a verb follows
            true  | Okafor et al. (2019a) drew bounding boxes around every animal in 8,000 images. | a year with a letter
            true  | Earlier detectors used colour features, whereas Berg et al. (2020) collected their training images with stereo-video transects. | the citation opens a clause of contrast
            true  | However, Okafor et al. (2019) trained a detector on drone images. | a word of contrast and a comma before it
            true  | Smith and Jones (2018) trained a CNN on drone images. | two authors
            true  | Springmann et al. [28] reported character error rates below 1% for Latin prints. | a numbered citation opens the sentence
            false | The network of Chen et al. [7] was used as the backbone. | a numbered citation inside a phrase
            false | Springmann et al. [2019] reported error rates below 1% for Latin prints. | a year in square brackets is no number of a reference list
            true  | Dos Santos Ferreira et al. [5] showed that rotated copies of each image helped. | three names before et al.
            true  | In [12], the authors segmented individual fish with Mask R-CNN. | In [N], ...
            true  | [6] published its annotated field images on Figshare. | [N] opens the sentence
            true  | Reference [10] trained an SSD with SGD and a momentum of 0.9. | Reference [N]
            true  | The method in [7] used a modified YOLOv5 to localize defects. | The method in [N]
            true  | Several studies [3]-[5] have detected fish on conveyor belts. | a range of numbers
            true  | Earlier studies [3, 7] used Adam with a learning rate of 0.001. | a list of numbers
            false | The method in [9] was used as the backbone of the detector. | a form of be after the citation: the sentence may tell what this study used
            false | ImageNet [12] weights were used to initialise the backbone. | one name and a number is no citation that acts
            false | Following [6], the images were resized to 224 pixels. | a citation after a preposition
            false | In [12], we segmented individual fish with Mask R-CNN. | a self word
            true  | PointNet++ was trained by its authors with Adam at a learning rate of 0.001. | its authors
            true  | Earlier work on the BirdCLEF challenges used Theano and Lasagne. | earlier work
            true  | In a similar study, Yu et al. (2017) added random cropping and spectral jitter. | a similar study
            false | In our earlier work, we added random cropping and spectral jitter. | the authors' own earlier work
            false | The network of He et al. (2016) was used as the backbone. | a citation inside a phrase: the sentence tells what this study used
            false | Sampling followed the protocol of Smith and Jones (2018) and used an NVIDIA GTX 1080 GPU for training. | two authors inside a phrase: "and" opens no clause
            false | Training used an NVIDIA GTX 980 GPU; Okafor et al. (2019) describe the settings. | after a semicolon the sentence may still be about this study
            false | Camera-trap images were collected in Kenya, Tanzania (2019) and Uganda (2020) and labelled by experts. | one name and a year is no citation
            false | ImageNet (2009) weights were fine-tuned on the camera-trap images. | one name and a year at the start is no citation
            false | He et al. (2016) was the starting point of the network. | a form of be after the citation
            false | Following Smith and Jones (2018), the images were resized to 224 pixels. | a citation after a preposition
            false | Okafor et al. (2019) drew bounding boxes, and we drew them the same way. | a self word keeps the sentence about this study
            false | Okafor et al. 2019 drew bounding boxes around every animal in 8,000 images. | the year stands in brackets
            """)
    void aCitedStudyThatActsIsOtherWork(boolean other, String sentence, String why) throws Exception {
        assertEquals(other, background(12).test(view(sentence)), why);
    }

    @Test
    void withoutTheCitationLinesNoCitationMakesOtherWork() throws Exception {
        Background none = background("(?m)^other-work-citation(-has)?: .*$", "");
        assertFalse(none.test(view("Okafor et al. (2019) drew bounding boxes around every animal in 8,000 images.")),
                "without an other-work-citation: line no citation makes other work");
    }

    @Test
    void theCitationKeysComeTogether() throws Exception {
        String text = Files.readString(Path.of("rules", "background.txt"));
        long patternLine = text.lines().takeWhile(l -> !l.startsWith("other-work-citation:")).count() + 1;
        long hasLine = text.lines().takeWhile(l -> !l.startsWith("other-work-citation-has:")).count() + 1;
        for (String[] c : new String[][] {{"(?m)^other-work-citation-has: .*$", "background.txt:" + patternLine},
                {"(?m)^other-work-citation: .*$", "background.txt:" + hasLine}}) {
            SourceException e = assertThrows(SourceException.class, () -> background(c[0], ""));
            assertEquals(c[1] + ":1: other-work-citation: and other-work-citation-has: come together", e.getMessage());
        }
    }

    @Test
    void aGeneralRemarkWithoutAnAnchorIsNoMethod() throws Exception {
        Background b = background(12);
        assertTrue(b.test(view("Dropout is widely used to reduce overfitting in deep neural networks.")));
        assertTrue(b.test(view("Adam has become the default optimizer for training deep networks.")));
        assertFalse(b.test(view("Typically, the model trained for 10 to 15 epochs on an RTX 2080 Ti GPU.")),
                "a past verb and a number anchor it in this study");
        assertFalse(b.test(view("Typically, training takes 12 epochs.")), "a number alone anchors it");
        assertTrue(b.test(view("Cloud platforms such as AWS are increasingly used to host clinical AI services [7].")),
                "the number of a numbered citation anchors nothing");
        assertFalse(b.test(view("Cloud platforms are increasingly used [7] to host 12 services.")),
                "a number after the citation still anchors it");
        assertTrue(b.test(view("Training deep networks typically requires GPUs, which many groups lack (Tuia et al., "
                + "2022).")), "nor does the year of an author-year citation");
        assertFalse(b.test(view("Training typically requires GPUs (Table 2).")), "a parenthesis without a year");
        assertFalse(b.test(view("Training typically requires GPUs (since 2022).")), "a year without a name");
        assertFalse(b.test(view("Typically, the network converged within an hour.")), "a past verb alone anchors it");
        assertFalse(b.test(view("We typically apply dropout to the dense layers.")), "a self word anchors it");
        assertFalse(b.test(view("Dropout is applied to the dense layers.")), "no generic word: a method");
        assertFalse(b.test(view("The network is trained with the Adam optimizer, which is widely used in deep learning.")),
                "a participle no generic word governs anchors it");
        assertFalse(b.test(view("The model is implemented in PyTorch and is commonly run on a single GPU.")));
        assertTrue(b.test(view("Data augmentation is commonly applied when training data are scarce.")),
                "the participle right after the generic word is governed");
        Background none = background("(?m)^generic(?:-anchor-tags)?: .*$", "");
        assertFalse(none.test(view("Dropout is widely used to reduce overfitting in deep neural networks.")),
                "without a generic: line no sentence is a general remark");
        SourceException alone = assertThrows(SourceException.class, () -> background("(?m)^generic: .*$", ""));
        assertTrue(alone.getMessage().contains("generic-anchor-tags: without a generic: line"), alone.getMessage());
    }

    @Test
    void aPlanIsNoMethod() throws Exception {
        assertTrue(background(12).test(view("We intend to add dropout to the network in the next version.")));
        assertFalse(background(12).test(view("We added dropout to the network to prevent overfitting.")));
    }

    @Test
    void aPlannedFeatureIsNoMethod() throws Exception {
        assertTrue(background(12).test(view("Support for the Adam optimizer is planned for the next release.")));
        assertTrue(background(12).test(view("Two more augmentations are planned.")));
        assertFalse(background(12).test(view("The experiment ran as we had planned it, with the Adam optimizer.")));
    }

    @Test
    void aReleaseNoteOrAPromiseOfWorkNotDoneIsNoMethod() throws Exception {
        Background b = background(12);
        assertTrue(b.test(view("Coming in v0.6: TensorBoard logging of the loss curves.")));
        assertTrue(b.test(view("Mixup is planned for v0.6 of the trainer.")));
        assertTrue(b.test(view("Export to ONNX is not available yet in this release.")));
        assertTrue(b.test(view("We will compare SGD and Adam once the second season is labelled.")));
        assertTrue(b.test(view("The architecture is not yet chosen; the team might try a small CNN.")));
        assertFalse(b.test(view("A median filter was applied for noise removal before training the CNN.")),
                "'applied for' is a method's wording, not an application for resources");
        assertFalse(b.test(view("The loss curves were logged with TensorBoard in every epoch.")));
    }

    @Test
    void aNumberedEntryIsKnownByItsBracketedNumberInitialsAndSurname() throws Exception {
        Background b = background(12);
        assertTrue(b.isReference(view("[15] S. Hochreiter and J. Schmidhuber, \u201cLong short-term memory,\u201d Neural "
                + "Computation, vol. 9, no. 8, pp. 1735\u20131780, 1997.")));
        assertTrue(b.isReference(view("[14] K. Cho, B. Van Merrienboer, C. Gulcehre et al., \u201cLearning phrase "
                + "representations using RNN encoder-decoder for statistical machine translation.\u201d")));
        // the same words without the numbered opening: too few reference tokens for an entry
        assertFalse(b.isReference(view("S. Hochreiter and J. Schmidhuber, \u201cLong short-term memory,\u201d Neural "
                + "Computation, vol. 9, no. 8, pp. 1735\u20131780, 1997.")));
        // a cited number before a sentence of this study is no entry
        assertFalse(b.isReference(view("[3] A. The model was trained with dropout and a learning rate of 0.001.")));
        assertFalse(b.isReference(view("[3] We trained the model with dropout and a learning rate of 0.001.")));
    }

    @Test
    void anEntryWithALongTitleIsKnownByItsOpening() throws Exception {
        SentenceView entry = view(ENTRY);
        assertTrue(background(10).isReference(entry));
        assertFalse(background(0).isReference(entry), "the share alone does not find it: the title is long");
    }

    @Test
    void theOpeningCountsTheTokensBeforeTheHeadOnly() throws Exception {
        // tokens: Elith , J. , Leathwick , J.R. , 2009 -> the third head token (2009) is token 9 (index 8)
        SentenceView entry = view(ENTRY);
        assertTrue(background(9).isReference(entry));
        assertFalse(background(8).isReference(entry));
    }

    @Test
    void aMethodsSentenceWithYearsIsNoEntry() throws Exception {
        assertFalse(background(10).isReference(view(
                "Between 2010 and 2015 we recorded 1200 calls at 40 sites with acoustic recorders in the forest.")));
        assertFalse(background(10).isReference(view(
                "We trained the network with Adam (Kingma and Ba, 2014) at a learning rate of 0.001 for 50 epochs.")));
        assertFalse(background(10).isReference(view(
                "Dropout (Srivastava et al., 2014) was applied after each of the three dense layers of the network.")));
    }

    /** Whether sentence {@code i} of the given sentences, as one chunk, is about other work. */
    private static boolean other(Background b, int i, SentenceView... chunk) {
        return b.test(i, chunk.length, j -> chunk[j]);
    }

    @Test
    void theSentenceAfterAnEntryIsItsTitleUnlessItSpeaksOfThisStudy() throws Exception {
        Background b = background("(?m)^reference-fragment: .*$", "reference-fragment: 0");
        SentenceView entry = view("Fick, S.E., Hijmans, R.J., 2017.");
        SentenceView title = view("WorldClim 2: new 1-km spatial resolution climate surfaces for global land areas.");
        SentenceView method = view("We trained the network for fifty epochs on two GPUs.");
        assertTrue(b.isReference(entry));
        assertFalse(b.test(title), "alone, a title reads as any sentence");
        assertTrue(other(b, 1, entry, title));
        assertFalse(other(b, 0, title));
        assertFalse(other(b, 1, method, title));
        assertFalse(other(b, 1, entry, view("We used these climate surfaces as predictors.")), "it speaks of this study");
        assertFalse(other(b, 0, title, entry), "a title follows its entry");
    }

    @Test
    void aShortPieceNearAnEntryIsPartOfTheList() throws Exception {
        Background b = background("(?m)^reference-fragment: .*$", "reference-fragment: 4");
        // the splitter cuts "Statist. Data Analys. 56 (1), 15–24." into short sentences near the entries
        SentenceView entry = view("Bowden, G.J., Maier, H.R., 2002.");
        SentenceView piece = view("Data Analys.");
        SentenceView filler = view("Water resources.");
        assertTrue(other(b, 0, piece, filler, entry), "an entry two sentences after it (reach 2)");
        assertFalse(other(b, 0, piece, filler, filler, entry), "three sentences after it is beyond reach");
        assertTrue(other(b, 2, entry, filler, piece), "two sentences after the entry");
        assertFalse(other(b, 3, entry, filler, filler, piece), "three sentences after it");
        SentenceView four = view("Optimal division of data.");
        assertEquals(5, four.tokens().size());
        assertFalse(other(b, 0, four, entry), "as long as reference-fragment allows (4): not a piece");
        assertTrue(other(background("(?m)^reference-fragment: .*$", "reference-fragment: 6"), 0, four, entry));
        assertFalse(other(b, 0, view("We did."), entry), "it speaks of this study");
        SentenceView method = view("The input to the network is an image of 224x224 pixels in three bands.");
        assertFalse(other(b, 1, method, piece, entry), "a long sentence that is no entry stands within reach");
        assertFalse(other(b, 2, entry, filler, piece, filler, method), "the same after it");
        assertTrue(other(b, 2, entry, filler, piece, filler, filler, method), "beyond reach");
    }

    @Test
    void anEntryOfOneAuthorIsKnownByItsOpeningAndItsTitleFollows() throws Exception {
        Background b = background(12);
        SentenceView entry = view("Burg, J.P., 1967.");
        assertTrue(b.isReference(entry));
        assertTrue(b.isReference(view("Carvalho, S., 2019. Chimpanzee face recognition from videos in the wild.")));
        assertTrue(other(b, 1, entry, view("Maximum entropy spectral analysis.")));
        assertFalse(b.isReference(view("Burg, J.P. and colleagues recorded the calls in 1967.")), "no year after the initials");
        assertFalse(b.isReference(view("In 1967, J.P. Burg proposed maximum entropy spectral analysis.")), "not an opening");
        assertFalse(b.isReference(view("Training, validation and testing used data from 2005 to 2015.")));
    }

    @Test
    void aStatementHasAtLeastTheLeastNumberOfTokens() throws Exception {
        Background b = background("(?m)^statement-min-tokens: .*$", "statement-min-tokens: 4");
        assertEquals(3, view("NSE Train scores").tokens().size());
        assertFalse(b.says(view("NSE Train scores")));
        assertTrue(b.says(view("NSE Train scores here")));
        assertFalse(b.says(view("Validation")));
        assertTrue(background("(?m)^statement-min-tokens: .*$", "").says(view("Validation")),
                "without the line every sentence says something");
    }

    @Test
    void aClaimThatEarlierModelsHaveProvenThemselvesIsOtherWork() throws Exception {
        Background b = background(12);
        assertTrue(b.test(view("Pretrained models such as VGG16 have demonstrated strong results on plant images.")));
        assertTrue(b.test(view("Random forests have been proven robust for species distribution modelling.")));
        assertFalse(b.test(view("Our pretrained VGG16 has demonstrated strong results on the plant images.")),
                "it speaks of this study");
        assertFalse(b.test(view("Early stopping was introduced to prevent overfitting.")),
                "'was introduced' also tells this study's own step");
    }
}
