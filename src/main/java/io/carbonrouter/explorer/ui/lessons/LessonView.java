package io.carbonrouter.explorer.ui.lessons;

import io.carbonrouter.explorer.lesson.LessonStep;
import javafx.beans.property.BooleanProperty;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lesson panel docked above the charts: the step's title, text and task, Back/Next and the step count.
 * The controls the step names get the {@code :lesson-target} pseudo-class, which the stylesheet rings. On a short
 * screen a ringed result chart and the curve editor do not fit together: unless the step rings something of the
 * curve editor, the editor folds for that step (the results' Curves toggle brings it back) and unfolds after it.
 * A step that rings a control in the editors column shows the column while it lasts, in presentation mode too
 * (which otherwise keeps it put away), as a teacher would open it to point at the setting.
 */
public final class LessonView {

    static final PseudoClass TARGET = PseudoClass.getPseudoClass("lesson-target");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final LessonViewModel vm;
    private final BooleanProperty curvesShown;
    private final LessonTargets targets;
    private final List<Node> marked = new ArrayList<>();
    /** Whether this view folded the curve editor for the current step, so it unfolds it after. */
    private boolean foldedCurves;
    /** Whether this view showed the folded curve editor for the current step, so it folds it again after. */
    private boolean shownCurves;
    /** Whether the results changed height since the ringed controls were revealed, so they are revealed again. */
    private boolean revealAgain;
    private final Runnable afterLayout = this::revealAfterLayout;
    private boolean watching;

    @FXML
    private VBox panel;
    @FXML
    private Text lessonTitle;
    @FXML
    private Text stepTitle;
    @FXML
    private Label count;
    @FXML
    private Label text;
    @FXML
    private Label task;
    @FXML
    private ScrollPane bodyScroll;
    @FXML
    private VBox body;
    private LessonText fit;
    @FXML
    private Button back;
    @FXML
    private Button next;

    /** {@code curvesShown} shows or folds the curve editor above the results; {@code targets} finds what to ring. */
    public LessonView(LessonViewModel vm, BooleanProperty curvesShown, LessonTargets targets) {
        this.vm = vm;
        this.curvesShown = curvesShown;
        this.targets = targets;
    }

    @FXML
    private void initialize() {
        fit = new LessonText(bodyScroll, body, text, task);
        panel.visibleProperty().bind(vm.lessonProperty().map(Optional::isPresent));
        panel.managedProperty().bind(panel.visibleProperty());
        vm.stepProperty().addListener((obs, old, s) -> show(s));
        vm.doneProperty().addListener((obs, old, d) -> showDone(d));
        vm.highlightProperty().addListener((obs, old, ids) -> mark(ids));
        panel.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(afterLayout);
                watchResults();
            }
            mark(vm.highlightProperty().get());
        });
        // Shown again by the user (the Curves toggle), the editor is theirs: the next step leaves it be.
        curvesShown.addListener((obs, was, shown) -> {
            foldedCurves &= !shown;
            shownCurves &= shown;
        });
        show(vm.stepProperty().get());
    }

    private void show(Optional<LessonStep> s) {
        lessonTitle.setText(vm.lessonProperty().get().map(l -> l.title()).orElse(""));
        stepTitle.setText(s.map(LessonStep::title).orElse(""));
        text.setText(s.map(LessonStep::text).orElse(""));
        count.setText(vm.stepCount());
        back.setDisable(!vm.canBack());
        next.setDisable(!vm.canNext());
        showDone(vm.doneProperty().get());
    }

    private void showDone(boolean done) {
        String t = vm.taskText();
        boolean hasTask = vm.stepProperty().get().map(LessonStep::hasTask).orElse(false);
        task.setText(hasTask ? (done ? "✓ Done: " : "Your turn: ") + t : t);
        task.setVisible(!t.isEmpty());
        task.setManaged(!t.isEmpty());
        task.pseudoClassStateChanged(DONE, hasTask && done);
        fitText();
    }

    private void mark(List<String> ids) {
        marked.forEach(n -> n.pseudoClassStateChanged(TARGET, false));
        marked.clear();
        if (panel.getScene() == null) {
            return;
        }
        // A step that rings the curve editor shows it, folded away before (by presentation mode, say) or not,
        // and folds it again after, as it found it.
        boolean ringsCurves = ids.contains("curve-editor");
        if (shownCurves && !ringsCurves) {
            curvesShown.set(false);
            shownCurves = false;
        }
        if (ringsCurves && !curvesShown.get()) {
            curvesShown.set(true);
            shownCurves = true;
        }
        targets.releaseRoom();
        Parent root = panel.getScene().getRoot();
        for (String id : ids) {
            targets.control(id).ifPresent(n -> {
                n.pseudoClassStateChanged(TARGET, true);
                marked.add(n);
            });
        }
        if (foldedCurves) {
            curvesShown.set(true);
        }
        // Presentation mode puts the editors away: a step that rings a setting brings them back while it lasts.
        targets.editorsNeeded().set(marked.stream().anyMatch(m -> within(m, targets.editors())));
        if (!marked.isEmpty()) {
            revealAll(root);
            Optional<Node> cut = marked.stream().filter(m -> within(m, targets.results()) && !wholeInView(m))
                    .findFirst();
            if (curvesShown.get() && cut.isPresent()) {
                if (marked.stream().noneMatch(m -> within(m, targets.curves()))) {
                    curvesShown.set(false);
                    foldedCurves = true;
                } else {
                    // The step rings the curve editor too (drag a point, watch a chart): both must show.
                    targets.makeRoomFor(cut.get());
                }
                revealAll(root);
            }
        }
        fitText();
    }

    /**
     * Gives the curve editor and charts below the room they need from the lesson's text (which then scrolls),
     * keeping a ringed chart and the curve editor in view together as before.
     */
    private void fitText() {
        if (panel.getScene() == null || !panel.isVisible() || !fit.fitAbove(targets.curves())) {
            return;
        }
        marked.stream().filter(m -> within(m, targets.results()) && !wholeInView(m)).findFirst()
                .filter(m -> marked.stream().anyMatch(c -> within(c, targets.curves())))
                .ifPresent(targets::makeRoomFor);
        revealAll(panel.getScene().getRoot());
    }

    /**
     * A step's run can add or drop a chart (the feedback chart comes with a deployed scenario), and the lesson
     * panel's text takes a line more or less: the ringed chart is kept in view once the new layout is done. Set
     * up once the window is whole (the results are loaded after this panel).
     */
    private void watchResults() {
        if (watching) {
            return;
        }
        watching = true;
        ScrollPane results = targets.results();
        results.viewportBoundsProperty().addListener((obs, old, now) -> heightChanged(old, now));
        results.contentProperty().addListener((obs, old, content) -> watchHeight(content));
        watchHeight(results.getContent());
    }

    private void watchHeight(Node content) {
        if (content != null) {
            content.layoutBoundsProperty().addListener((obs, old, now) -> heightChanged(old, now));
        }
    }

    private void heightChanged(Bounds old, Bounds now) {
        revealAgain |= old.getHeight() != now.getHeight();
    }

    /** After a layout pass that changed the results' height, scrolls the ringed controls back into view. */
    private void revealAfterLayout() {
        if (!revealAgain) {
            return;
        }
        revealAgain = false;
        for (int i = marked.size() - 1; i >= 0; i--) {
            reveal(marked.get(i));
        }
        fitText();
    }

    private void revealAll(Parent root) {
        root.applyCss();
        root.layout();
        // The first named control wins where two share a scroll pane: it is revealed last.
        for (int i = marked.size() - 1; i >= 0; i--) {
            reveal(marked.get(i));
        }
    }

    /** Whether {@code n} is {@code area} or lies within it. */
    private static boolean within(Node n, Node area) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == area) {
                return true;
            }
        }
        return false;
    }

    /** Whether the results show the whole of {@code n}, its ring included. */
    private boolean wholeInView(Node n) {
        ScrollPane results = targets.results();
        Bounds view = results.localToScene(results.getLayoutBounds());
        Bounds b = n.localToScene(n.getBoundsInLocal());
        return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
    }

    /**
     * Scrolls every scroll pane around {@code n} (the results, the settings column) just far enough that the
     * ringed control is in view: on a 1280x720 screen the charts a step points at are often below the fold.
     */
    static void reveal(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp && sp.getContent() != null) {
                Node content = sp.getContent();
                Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                double view = sp.getViewportBounds().getHeight();
                double room = content.getLayoutBounds().getHeight() - view;
                if (room <= 0) {
                    continue;
                }
                double span = sp.getVmax() - sp.getVmin();
                double top = (sp.getVvalue() - sp.getVmin()) / span * room;
                double wanted = b.getMinY() < top || b.getHeight() > view ? b.getMinY() - MARGIN
                        : b.getMaxY() > top + view ? b.getMaxY() - view + MARGIN : top;
                sp.setVvalue(sp.getVmin() + Math.max(0, Math.min(room, wanted)) / room * span);
            }
        }
    }

    /** Room kept between a revealed control and the edge of its scroll pane. */
    private static final double MARGIN = 8;

    @FXML
    private void next() {
        vm.next();
    }

    @FXML
    private void back() {
        vm.back();
    }

    @FXML
    private void close() {
        vm.close();
    }
}
