// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns a legacy binary Office file (Word .doc, Excel .xls, PowerPoint .ppt — OLE2 compound files Folio
// does not parse itself) into a PDF with an external converter, LibreOffice run headless, so PdfExtractor can
// read its text and render its page 1. The converter is optional: without one the file is stored with its
// basic metadata only, and the Extractor says so.
//
// The converter is found as FOLIO_OFFICE_CONVERTER (an executable's path; it overrides the search, for tests
// and unusual installs: naming one that does not exist means "no converter"), else `soffice`, else
// `libreoffice` on PATH. Each conversion runs in a fresh temporary folder that is also its HOME and its
// LibreOffice profile (-env:UserInstallation), on a copy of the file named with its proper extension (the
// stored blob may be named by its hash), in a process group of its own which is killed whole when the time
// limit passes; the converter also dies with the sandbox process that started it (PR_SET_PDEATHSIG).
//
// Thread safety: stateless; conversions on several threads each have their own folder and process.
// Ownership: ConvertedPdf owns its temporary folder, which is deleted with it.

#include "error.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace Folio {

struct LegacyOfficeLimits
{
    // The converter is killed after this long; below the extraction pool's default watchdog (60 s), so the
    // file gets this clear reason rather than a killed worker.
    int seconds = 45;

    // FOLIO_OFFICE_CONVERTER_SECONDS when set to a positive number, else the default.
    static LegacyOfficeLimits fromEnvironment();
};

// The PDF a conversion wrote; the folder it lives in goes away with this object.
class ConvertedPdf
{
public:
    ConvertedPdf(std::unique_ptr<QTemporaryDir> folder, const QString &path);
    ConvertedPdf(ConvertedPdf &&) noexcept;
    ConvertedPdf &operator=(ConvertedPdf &&) noexcept;
    ~ConvertedPdf();

    QString path() const { return m_path; }

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_path;
};

class LegacyOfficeConverter
{
    Q_DECLARE_TR_FUNCTIONS(Folio::LegacyOfficeConverter)

public:
    // Whether MIMETYPE (as TypeDetector names it) is a legacy Office type this converts: application/msword,
    // application/vnd.ms-excel, application/vnd.ms-powerpoint.
    static bool handles(const QString &mimeType);
    // The converter's executable, or an empty string when none is installed.
    static QString find();
    // Converts the file at PATH, of type MIMETYPE, to PDF with CONVERTER within LIMITS. NAME names the file in
    // messages (the user's name for it). Errors: Unsupported (a type handles() refuses), Io (no temporary
    // folder, the copy failed, the converter did not start), LimitExceeded (killed at the time limit), Corrupt
    // (the converter failed or wrote no PDF; the end of its output is in the detail).
    static Result<ConvertedPdf> convert(const QString &converter, const QString &path, const QString &mimeType,
        const QString &name, const LegacyOfficeLimits &limits = {});
};

} // namespace Folio
