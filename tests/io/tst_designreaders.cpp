// The design readers behind io::loadDesignFile: each recognises its own format from the first
// bytes and no other, a file is read by its content whatever its name, and content no reader
// recognises is refused naming the file.
#include "core/io/designfile.h"
#include "core/io/drawioreader.h"
#include "core/io/drawiowriter.h"
#include "support/testkinds.h"

#include "core/catalog/catalogfile.h"
#include "core/render/exportformats.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace archstudio;

namespace {

const QString kSample = QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.json");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// The reader of the built-in registry with this description; null when there is none.
const io::DesignReader *builtinReader(const QString &description)
{
    for (const auto &reader : io::DesignReaderRegistry::builtin().readers()) {
        if (reader->description() == description)
            return reader.get();
    }
    return nullptr;
}

const QString kArchive = QStringLiteral("ArchStudio design");
const QString kJson = QStringLiteral("Bare design.json");
const QString kDrawio = QStringLiteral("draw.io diagram exported by ArchStudio");

} // namespace

class TestDesignReaders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        const io::LoadResult loaded = io::loadDesignFile(kSample, test::loadOptions());
        QVERIFY(loaded.file);
        mDesign = loaded.file->design;
        // The sample in each format, named after its format.
        QVERIFY(io::saveDesignFile(mDir.filePath(QStringLiteral("sample.archstudio")), *loaded.file)
                    .isEmpty());
        QVERIFY(io::saveDesignFile(mDir.filePath(QStringLiteral("sample.json")), *loaded.file)
                    .isEmpty());
        QBuffer drawio;
        drawio.open(QIODevice::WriteOnly);
        const io::ExportInput input =
            render::makeExportInput(mDesign, test::kinds()->catalog(), test::kinds());
        QCOMPARE(io::DrawioExporter().write(input, {}, drawio, {}), QString());
        QVERIFY(writeFile(mDir.filePath(QStringLiteral("sample.drawio")), drawio.data()));
    }

    void builtinReadersAreTheThreeFormats()
    {
        QStringList descriptions;
        for (const auto &reader : io::DesignReaderRegistry::builtin().readers())
            descriptions << reader->description();
        QCOMPARE(descriptions, QStringList({kArchive, kDrawio, kJson}));
        QCOMPARE(builtinReader(kArchive)->suffixes(), QStringList{QStringLiteral("archstudio")});
        QCOMPARE(builtinReader(kDrawio)->suffixes(), QStringList{QStringLiteral("drawio")});
        QCOMPARE(builtinReader(kJson)->suffixes(), QStringList{QStringLiteral("json")});
    }

    // Each head is recognised by exactly the reader named, or by none ("").
    void eachReaderRecognisesItsOwnHead_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("reader");
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) << kArchive;
        QTest::newRow("empty zip") << QByteArray("PK\x05\x06\x00\x00", 6) << kArchive;
        QTest::newRow("xml declaration") << QByteArray("<?xml version=\"1.0\"?>") << kDrawio;
        QTest::newRow("mxfile after blanks") << QByteArray(" \r\n\t<mxfile>") << kDrawio;
        QTest::newRow("xml after a BOM") << QByteArray("\xEF\xBB\xBF<mxfile>") << kDrawio;
        QTest::newRow("object") << QByteArray("{\"format\": \"archstudio-design\"") << kJson;
        QTest::newRow("object after blanks") << QByteArray("\n\n  {") << kJson;
        // Not designs, but the JSON reader says precisely why ("expected a JSON object",
        // "ends too early"), as it did before there were several readers.
        QTest::newRow("array") << QByteArray("[1, 2, 3]") << kJson;
        QTest::newRow("empty") << QByteArray() << kJson;
        QTest::newRow("blank") << QByteArray("   \n") << kJson;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n", 8) << QString();
        QTest::newRow("text") << QByteArray("name: storefront") << QString();
        QTest::newRow("pdf") << QByteArray("%PDF-1.7") << QString();
        QTest::newRow("zip cut short") << QByteArray("PK") << QString();
    }

    void eachReaderRecognisesItsOwnHead()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, reader);
        for (const auto &each : io::DesignReaderRegistry::builtin().readers())
            QVERIFY2(each->canRead(head) == (each->description() == reader),
                     qPrintable(each->description()));
        const io::DesignReader *chosen = io::DesignReaderRegistry::builtin().forHead(head);
        QCOMPARE(chosen ? chosen->description() : QString(), reader);
    }

    // Every format under every name: the content decides, the suffix never does.
    void loadDesignFileReadsByContent_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<io::Container>("container");
        const QList<std::pair<QString, io::Container>> sources{
            {QStringLiteral("sample.archstudio"), io::Container::Archive},
            {QStringLiteral("sample.json"), io::Container::BareJson},
            {QStringLiteral("sample.drawio"), io::Container::Drawio}};
        for (const auto &[source, container] : sources) {
            for (const char *suffix : {"archstudio", "json", "drawio", "txt"})
                QTest::addRow("%s as .%s", qPrintable(source), suffix)
                    << source << QString::fromLatin1(suffix) << container;
        }
    }

    void loadDesignFileReadsByContent()
    {
        QFETCH(QString, source);
        QFETCH(QString, suffix);
        QFETCH(io::Container, container);
        const QString path = mDir.filePath(QStringLiteral("renamed.") + suffix);
        QFile::remove(path);
        QVERIFY(QFile::copy(mDir.filePath(source), path));
        const io::LoadResult loaded = io::loadDesignFile(path, test::loadOptions());
        QVERIFY(loaded.file);
        QCOMPARE(loaded.file->container, container);
        QCOMPARE(loaded.file->design.name, mDesign.name);
        QCOMPARE(loaded.file->design.components, mDesign.components);
        QCOMPARE(loaded.file->design.links, mDesign.links);
    }

    // A file no reader recognises is refused naming it; the design.json reader then says what
    // it makes of it, as loadDesignFile did before there were several readers.
    void unknownContentIsRefusedNamingTheFile()
    {
        const QString path = mDir.filePath(QStringLiteral("holiday photo.json"));
        QVERIFY(writeFile(path, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
        const io::LoadResult result = io::loadDesignFile(path, test::loadOptions());
        QVERIFY(!result.file);
        QCOMPARE(result.problems.size(), 2);
        QVERIFY(result.problems.at(0).isError());
        QCOMPARE(result.problems.at(0).message,
                 QStringLiteral("\"holiday photo.json\" is in none of the formats ArchStudio "
                                "reads (ArchStudio design (.archstudio), draw.io diagram "
                                "exported by ArchStudio (.drawio), Bare design.json (.json)); "
                                "read as design.json:"));
        QVERIFY(result.problems.at(1).isError());
        QVERIFY2(result.problems.at(1).message.startsWith(QStringLiteral("not valid JSON: line 1, "
                                                                         "column 1")),
                 qPrintable(result.problems.at(1).message));
    }

    void eachReaderReadsItsFormatAndRefusesTheOthers()
    {
        for (const auto &reader : io::DesignReaderRegistry::builtin().readers()) {
            for (const QString &name :
                 {QStringLiteral("sample.archstudio"), QStringLiteral("sample.json"),
                  QStringLiteral("sample.drawio")}) {
                QFile file(mDir.filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                const bool own = name.endsWith(QLatin1Char('.') + reader->suffixes().first());
                QCOMPARE(reader->canRead(file.peek(io::kDesignReaderHeadSize)), own);
                const io::LoadResult result = reader->read(file, test::loadOptions());
                QVERIFY2(bool(result.file) == own,
                         qPrintable(reader->description() + QStringLiteral(" on ") + name));
            }
        }
    }

    void wholeFileReadersRefuseWhatIsOverTheLimit()
    {
        io::LoadOptions options = test::loadOptions();
        const QString path = mDir.filePath(QStringLiteral("sample.drawio"));
        options.limits.maxUncompressedBytes = readFile(path).size() - 1;
        const io::LoadResult result = io::loadDesignFile(path, options);
        QVERIFY(!result.file);
        QVERIFY2(result.problems.value(0).message.startsWith(QStringLiteral("the file is ")),
                 qPrintable(result.problems.value(0).message));
    }

    void fileDialogFilterOffersEveryFormat()
    {
        QCOMPARE(io::DesignReaderRegistry::builtin().fileDialogFilter(),
                 QStringLiteral("Designs (*.archstudio *.drawio *.json);;"
                                "ArchStudio design (*.archstudio);;"
                                "draw.io diagram exported by ArchStudio (*.drawio);;"
                                "Bare design.json (*.json)"));
    }

private:
    QTemporaryDir mDir;
    model::Design mDesign;
};

QTEST_GUILESS_MAIN(TestDesignReaders)
#include "tst_designreaders.moc"
