// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The quick look of video and audio: Qt Multimedia plays the stored file (the GStreamer backend: the
// process must have QT_MEDIA_BACKEND=gstreamer before QApplication, DESIGN.md pitfalls), with play/pause,
// a position slider, the time, and mute. Audio shows the item's artwork (its preview: cover art or
// waveform) where video shows its picture. Playback starts once the media is loaded, as a quick look is
// for seeing and hearing at once; the owner maps Return onto togglePlayback().
//
// DESIGN.md rule 5 runs parsers of outside files in the sandbox; playback is the exception the issue asks
// for (Qt Multimedia in the client), so GStreamer's demuxers and decoders run in this process.
//
// Thread safety: a widget of the GUI thread. Ownership: owns the player (made on first use) and its outputs.

#include <QImage>
#include <QMediaPlayer>
#include <QWidget>

class QAudioOutput;
class QLabel;
class QSlider;
class QStackedLayout;
class QToolButton;
class QVideoWidget;

namespace Folio {

class QuickLookMediaPane : public QWidget
{
    Q_OBJECT

public:
    explicit QuickLookMediaPane(QWidget *parent = nullptr);
    ~QuickLookMediaPane() override;

    // Plays the file at PATH (named NAME); ARTWORK (may be null) is shown for audio.
    void load(const QString &path, const QString &name, bool isVideo, const QImage &artwork = {});
    // Stops playback and lets go of the file.
    void stop();
    void togglePlayback();
    void setArtwork(const QImage &artwork);

    QMediaPlayer *player() const { return m_player; }
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    // The media is loaded (its duration known).
    void ready();
    void failed(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void ensurePlayer();
    void fail(const QString &message);
    void showArtwork();
    void onStatus(QMediaPlayer::MediaStatus status);
    void updateTime();
    void updatePlayButton();

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QVideoWidget *m_video = nullptr;
    QLabel *m_artwork = nullptr;
    QStackedLayout *m_screen = nullptr;
    QToolButton *m_play = nullptr;
    QToolButton *m_mute = nullptr;
    QSlider *m_position = nullptr;
    QLabel *m_time = nullptr;
    QImage m_artworkImage;
    QString m_name;
    bool m_loaded = false;
    bool m_failed = false;
    bool m_sliderHeld = false;
};

} // namespace Folio
