package lockdown.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lockdown.core.Guide;
import lockdown.report.Format;

/** Dialogs answered by the test. */
final class FakeDialogs implements Dialogs {

    final Deque<String> skipReasons = new ArrayDeque<>();
    final Map<Format, Path> saveTo = new EnumMap<>(Format.class);
    final List<String> suggestedNames = new ArrayList<>();
    final List<String> informed = new ArrayList<>();
    boolean closeAnswer;
    int closeAsked;

    @Override
    public Optional<String> askSkipReason(Guide step) {
        return Optional.ofNullable(skipReasons.poll());
    }

    @Override
    public boolean confirmCloseWhileBusy() {
        closeAsked++;
        return closeAnswer;
    }

    @Override
    public Optional<Path> askSaveLocation(String suggestedName, Format format) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(saveTo.get(format));
    }

    final List<Path> folderAsked = new ArrayList<>();
    boolean createFolder;

    @Override
    public boolean confirmCreateFolder(Path folder) {
        folderAsked.add(folder);
        return createFolder;
    }

    Path profile;
    Path profileSaveTo;
    final Deque<ExceptionInput> exceptions = new ArrayDeque<>();

    @Override
    public Optional<Path> askProfile() {
        return Optional.ofNullable(profile);
    }

    @Override
    public Optional<Path> askProfileSave(String suggestedName) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(profileSaveTo);
    }

    @Override
    public Optional<ExceptionInput> askException(Guide step) {
        return Optional.ofNullable(exceptions.poll());
    }

    Path apiMap;
    final Deque<Relogin> relogins = new ArrayDeque<>();
    int reloginAsked;

    @Override
    public Optional<Relogin> askRelogin(String server, String user) {
        reloginAsked++;
        return Optional.ofNullable(relogins.poll());
    }

    @Override
    public Optional<Path> askApiMap() {
        return Optional.ofNullable(apiMap);
    }

    @Override
    public void inform(String title, String text) {
        informed.add(title + ": " + text);
    }
}
