// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// The fixed words of the pack format (policies/README.md). They name what
/// ClearLine itself understands (channels, verdicts, field types), so they
/// are the program's, not any district's.
namespace clearline::policy::vocabulary {

inline const QStringList kChannels{
    QStringLiteral("personal-cell-call"), QStringLiteral("personal-cell-text"),  QStringLiteral("personal-email"),
    QStringLiteral("personal-social"),    QStringLiteral("professional-social"), QStringLiteral("district-email"),
    QStringLiteral("district-phone"),     QStringLiteral("approved-tool"),       QStringLiteral("in-person")};
inline const QStringList kAudiences{QStringLiteral("students"), QStringLiteral("parents"),
                                    QStringLiteral("students-and-parents")};
inline const QStringList kVerdicts{QStringLiteral("forbidden"), QStringLiteral("allowed"),
                                   QStringLiteral("needs-authorization"), QStringLiteral("discouraged"),
                                   QStringLiteral("parent-first")};
inline const QStringList kConditions{QStringLiteral("school-sponsored-trip"),
                                     QStringLiteral("off-hours"),
                                     QStringLiteral("educational-purpose"),
                                     QStringLiteral("emergency"),
                                     QStringLiteral("own-child"),
                                     QStringLiteral("one-to-one"),
                                     QStringLiteral("group-message"),
                                     QStringLiteral("parent-copied"),
                                     QStringLiteral("district-device"),
                                     QStringLiteral("personal-device"),
                                     QStringLiteral("student-phone"),
                                     QStringLiteral("family-phone")};
/// Who else was on a logged contact: only the one person, a group (several
/// students, a class, a team), or the student with a parent or guardian
/// copied. Each meets one condition of kRecipientConditions, in order.
inline const QStringList kRecipients{QStringLiteral("one"), QStringLiteral("group"), QStringLiteral("with-parent")};
inline const QStringList kRecipientConditions{QStringLiteral("one-to-one"), QStringLiteral("group-message"),
                                              QStringLiteral("parent-copied")};
/// The device a contact was made from, and the condition each meets.
inline const QStringList kDevices{QStringLiteral("district"), QStringLiteral("personal")};
inline const QStringList kDeviceConditions{QStringLiteral("district-device"), QStringLiteral("personal-device")};
/// For a call or a text: whose phone it reached, and the condition each meets.
inline const QStringList kTheirPhones{QStringLiteral("student"), QStringLiteral("family")};
inline const QStringList kTheirPhoneConditions{QStringLiteral("student-phone"), QStringLiteral("family-phone")};
/// The channels that reach a phone (calls and texts).
inline const QStringList kPhoneChannels{QStringLiteral("personal-cell-call"), QStringLiteral("personal-cell-text"),
                                        QStringLiteral("district-phone")};
/// The conditions a contact meets by its purpose (a pack's `purposes`,
/// `counts_as`); the others come from the time and the person's answers.
inline const QStringList kPurposeConditions{QStringLiteral("educational-purpose"), QStringLiteral("emergency"),
                                            QStringLiteral("school-sponsored-trip")};
/// What a rule's `to_do` asks of the person after a contact.
inline const QStringList kToDoActions{QStringLiteral("notify"), QStringLiteral("forward-copy"),
                                      QStringLiteral("copy-parent"), QStringLiteral("memo")};
/// The conditions a family tie may count as (a pack's `family`, `counts_as`).
inline const QStringList kFamilyConditions{QStringLiteral("own-child")};
inline const QStringList kFieldTypes{QStringLiteral("text"),     QStringLiteral("text-block"), QStringLiteral("choice"),
                                     QStringLiteral("platform"), QStringLiteral("date"),       QStringLiteral("time"),
                                     QStringLiteral("number"),   QStringLiteral("yes-no"),     QStringLiteral("email"),
                                     QStringLiteral("url"),      QStringLiteral("school")};
inline const QStringList kActions{QStringLiteral("approve"), QStringLiteral("notify"), QStringLiteral("acknowledge")};
inline const QStringList kScopes{QStringLiteral("school"), QStringLiteral("district")};
inline const QStringList kDays{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                               QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                               QStringLiteral("sun")};
inline const QStringList kRenewals{QStringLiteral("each-school-year"), QStringLiteral("none")};
/// What an empty list of approved platforms means.
inline const QStringList kEmptyPlatformLists{QStringLiteral("kept-elsewhere"), QStringLiteral("none-approved")};
inline const QStringList kPlatformUses{QStringLiteral("class-page"), QStringLiteral("professional-account"),
                                       QStringLiteral("app")};
inline const QStringList kDutyPeriods{QStringLiteral("school-year"), QStringLiteral("once")};
inline const QStringList kDutyDoneBy{QStringLiteral("acknowledgment")};
inline const QStringList kFollowUpWhen{QStringLiteral("immediately"), QStringLiteral("after-end"),
                                       QStringLiteral("each-school-year")};
/// What happens to a request sent when a route deadline has already come.
inline const QStringList kLate{QStringLiteral("refuse"), QStringLiteral("flag")};
/// What a field's flagged answer does: shown to the approver, a notify step
/// that becomes an approve step, or a request that cannot be sent.
inline const QStringList kFlagEffects{QStringLiteral("show"), QStringLiteral("approve"), QStringLiteral("refuse")};
inline const QStringList kNoticePlaceholders{
    QStringLiteral("staff_name"), QStringLiteral("phone_number"),  QStringLiteral("trip_name"),
    QStringLiteral("trip_dates"), QStringLiteral("district_name"), QStringLiteral("school_name"),
    QStringLiteral("report_to"),  QStringLiteral("platform_name"), QStringLiteral("address")};
/// The kinds of record ClearLine files, as a documentation entry's
/// `records` names them; "all" is every kind.
inline const QStringList kRecordKinds{
    QStringLiteral("all"),       QStringLiteral("memo"),           QStringLiteral("contact"),
    QStringLiteral("concern"),   QStringLiteral("disclosure"),     QStringLiteral("request"),
    QStringLiteral("decision"),  QStringLiteral("delegation"),     QStringLiteral("acknowledgment"),
    QStringLiteral("duty-done"), QStringLiteral("notice-handout"), QStringLiteral("legal-hold")};
inline const QString kAllRecords = QStringLiteral("all");
/// From when a retention period counts: the record's own day, or the last
/// day of the school year (calendar.years) that day falls in.
inline const QStringList kRetainFrom{QStringLiteral("record-date"), QStringLiteral("school-year-end")};
/// Every staff member; defined by ClearLine, not by packs.
inline const QString kEveryone = QStringLiteral("staff");

} // namespace clearline::policy::vocabulary
