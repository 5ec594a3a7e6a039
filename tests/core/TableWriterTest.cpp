#include "output/TableWriter.h"

#include "support/CatchQt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tavle;

TEST_CASE("CSV quotes what needs quoting and keeps Danish letters")
{
    TableWriter writer({"trainee", "note"});
    writer.addRow({"Søren Ågaard", "plain"});
    writer.addRow({"Berg, Anna", "says \"hej\"; ok\nnext"});
    CHECK(writer.toCsv() == "trainee,note\r\nSøren Ågaard,plain\r\n\"Berg, Anna\","
                            "\"says \"\"hej\"\"; ok\nnext\"\r\n");
}

TEST_CASE("JSON keeps the field order, types and escapes, and parses back")
{
    TableWriter writer({"trainee", "days_left", "held_on", "note"});
    writer.addRow({"Åse \"Å\" Lund", -5, QVariant(), "a\\b\tc\nd\x01"});
    const QString json = writer.toJson();
    CHECK(json.indexOf("\"trainee\"") < json.indexOf("\"days_left\""));
    CHECK(json.indexOf("\"days_left\"") < json.indexOf("\"held_on\""));
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject row = doc.array().at(0).toObject();
    CHECK(row.value("trainee").toString() == "Åse \"Å\" Lund");
    CHECK(row.value("days_left").toInt() == -5);
    CHECK(row.value("held_on").isNull());
    CHECK(row.value("note").toString() == "a\\b\tc\nd\x01");
    CHECK(TableWriter({"a"}).toJson() == "[]\n");
}

TEST_CASE("the text table aligns columns under their titles")
{
    TableWriter writer({"a", "b"}, {"Navn", "Status"});
    writer.addRow({"Søren Ågaard", "overskredet"});
    writer.addRow({"Bo", "ok"});
    CHECK(writer.toTable() == "Navn          Status\n"
                              "------------  -----------\n"
                              "Søren Ågaard  overskredet\n"
                              "Bo            ok\n");
}

TEST_CASE("formats are parsed by name")
{
    TableWriter::Format format = TableWriter::Format::Table;
    CHECK(TableWriter::parseFormat("CSV", &format));
    CHECK(format == TableWriter::Format::Csv);
    CHECK(TableWriter::parseFormat("json", &format));
    CHECK(format == TableWriter::Format::Json);
    CHECK_FALSE(TableWriter::parseFormat("xml", &format));
}
