#pragma once
// Small helpers that turn a failed QSqlQuery into a sentence for the user,
// so that every caller reports errors the same way.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace SqlStatement {
QSqlDatabase connection(const QString &connectionName);
// Runs a prepared and bound query; on failure fills *error and returns false.
bool exec(QSqlQuery &query, QString *error);
// Prepares and runs one statement without parameters.
bool exec(const QSqlDatabase &db, const QString &sql, QString *error);
QString describe(const QSqlQuery &query);
// The per-connection settings every connection to a database gets, the
// main one and those of worker threads alike.
bool configureConnection(const QSqlDatabase &db, bool readOnly, QString *error);
}
