// SPDX-License-Identifier: GPL-3.0-or-later
#include "quicklookmediapane.h"

#include <QAudioOutput>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStackedLayout>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace Folio {

namespace {

QString clock(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    const QString secondsPart = QStringLiteral("%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 3600) {
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(secondsPart);
    }
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(secondsPart);
}
} // namespace

QuickLookMediaPane::QuickLookMediaPane(QWidget *parent)
    : QWidget(parent)
    , m_video(new QVideoWidget(this))
    , m_artwork(new QLabel(this))
{
    m_video->setAccessibleName(tr("Video"));
    m_artwork->setAccessibleName(tr("Artwork"));
    m_artwork->setAlignment(Qt::AlignCenter);
    // The artwork fits the pane; it must not make the pane grow.
    m_artwork->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    auto *screen = new QWidget(this);
    m_screen = new QStackedLayout(screen);
    m_screen->addWidget(m_video);
    m_screen->addWidget(m_artwork);

    m_play = new QToolButton(this);
    m_play->setFocusPolicy(Qt::TabFocus);
    m_mute = new QToolButton(this);
    m_mute->setCheckable(true);
    m_mute->setFocusPolicy(Qt::TabFocus);
    m_mute->setIcon(style()->standardIcon(QStyle::SP_MediaVolume));
    m_mute->setAccessibleName(tr("Mute"));
    m_mute->setToolTip(tr("Mute"));
    m_position = new QSlider(Qt::Horizontal, this);
    m_position->setAccessibleName(tr("Playback position"));
    m_position->setRange(0, 0);
    m_position->setPageStep(5000);
    m_position->setSingleStep(1000);
    m_time = new QLabel(this);
    m_time->setAccessibleName(tr("Playback time"));
    updatePlayButton();
    updateTime();

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_position, 1);
    controls->addWidget(m_time);
    controls->addWidget(m_mute);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(screen, 1);
    layout->addLayout(controls);

    connect(m_play, &QToolButton::clicked, this, &QuickLookMediaPane::togglePlayback);
    connect(m_mute, &QToolButton::toggled, this, [this](bool muted) {
        if (m_audio) {
            m_audio->setMuted(muted);
        }
        m_mute->setIcon(style()->standardIcon(muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    });
    // Every move of the slider by the user (drag, click, keys); the player's own progress moves it too, but
    // through setValue, which triggers no action.
    connect(m_position, &QSlider::actionTriggered, this, [this] {
        if (m_player) {
            m_player->setPosition(m_position->sliderPosition());
        }
    });
}

QuickLookMediaPane::~QuickLookMediaPane()
{
    // Before the video widget it draws into.
    delete m_player;
    m_player = nullptr;
}

void QuickLookMediaPane::ensurePlayer()
{
    if (m_player) {
        return;
    }
    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_audio->setMuted(m_mute->isChecked());
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_video);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &QuickLookMediaPane::onStatus);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error error, const QString &text) {
        if (error == QMediaPlayer::NoError || m_player->source().isEmpty()) {
            return;
        }
        fail(tr("Cannot play \"%1\": %2").arg(m_name, text.isEmpty() ? m_player->errorString() : text));
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        m_position->setRange(0, int(std::min<qint64>(duration, std::numeric_limits<int>::max())));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (!m_position->isSliderDown()) {
            m_position->setValue(int(std::min<qint64>(position, std::numeric_limits<int>::max())));
        }
        updateTime();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &QuickLookMediaPane::updatePlayButton);
}

void QuickLookMediaPane::load(const QString &path, const QString &name, bool isVideo, const QImage &artwork)
{
    ensurePlayer();
    m_player->stop();
    m_loaded = false;
    m_failed = false;
    m_name = name;
    m_screen->setCurrentWidget(isVideo ? static_cast<QWidget *>(m_video) : m_artwork);
    setArtwork(artwork);
    m_position->setRange(0, 0);
    m_player->setSource(QUrl::fromLocalFile(path));
    updateTime();
    updatePlayButton();
}

void QuickLookMediaPane::setArtwork(const QImage &artwork)
{
    m_artworkImage = artwork;
    showArtwork();
}

void QuickLookMediaPane::showArtwork()
{
    // Shrunk to the room there is (a waveform is wide), never enlarged (cover art may be a few pixels).
    const QSize room = m_artwork->size() * m_artwork->devicePixelRatioF();
    QImage shown = m_artworkImage;
    if (!shown.isNull() && (shown.width() > room.width() || shown.height() > room.height())) {
        shown = shown.scaled(room.expandedTo(QSize(1, 1)), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    QPixmap pixmap = QPixmap::fromImage(shown);
    pixmap.setDevicePixelRatio(m_artwork->devicePixelRatioF());
    m_artwork->setPixmap(pixmap);
}

void QuickLookMediaPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showArtwork();
}

void QuickLookMediaPane::stop()
{
    m_loaded = false;
    if (m_player) {
        m_player->stop();
        m_player->setSource(QUrl());
    }
    setArtwork({});
    updateTime();
}

void QuickLookMediaPane::togglePlayback()
{
    if (!m_player || m_player->source().isEmpty()) {
        return;
    }
    if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_player->pause();
    } else {
        m_player->play();
    }
}

void QuickLookMediaPane::onStatus(QMediaPlayer::MediaStatus status)
{
    if (status == QMediaPlayer::LoadedMedia && !m_loaded) {
        m_loaded = true;
        updateTime();
        Q_EMIT ready();
        m_player->play();
    } else if (status == QMediaPlayer::InvalidMedia) {
        fail(tr("Cannot play \"%1\": the media cannot be read.").arg(m_name));
    }
}

void QuickLookMediaPane::fail(const QString &message)
{
    // GStreamer reports a bad file both as an error and as invalid media: once is enough.
    if (!m_failed) {
        m_failed = true;
        Q_EMIT failed(message);
    }
}

void QuickLookMediaPane::updateTime()
{
    const qint64 duration = m_player ? m_player->duration() : 0;
    const qint64 position = m_player ? m_player->position() : 0;
    m_time->setText(tr("%1 / %2").arg(clock(position), clock(duration)));
}

void QuickLookMediaPane::updatePlayButton()
{
    const bool playing = m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
    m_play->setToolTip(playing ? tr("Pause (Return)") : tr("Play (Return)"));
    m_play->setEnabled(m_player && !m_player->source().isEmpty());
}

} // namespace Folio
