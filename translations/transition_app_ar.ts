<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AppointmentEditDialog</name>
    <message>
        <source>Appointment</source>
        <translation type="unfinished">الموعد</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation type="unfinished">&amp;الموعد</translation>
    </message>
    <message>
        <source>e.g. CPAS — first interview</source>
        <translation type="unfinished">مثلاً: CPAS — المقابلة الأولى</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished">ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished">ال&amp;وقت</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished">وقت البدء</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation type="unfinished">&amp;حتى</translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished">وقت الانتهاء</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished">ا&amp;لمكان</translation>
    </message>
    <message>
        <source>Name and address</source>
        <translation type="unfinished">الاسم والعنوان</translation>
    </message>
    <message>
        <source>What to &amp;bring</source>
        <translation type="unfinished">&amp;ما يجب إحضاره</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation type="unfinished">عنصر واحد في كل سطر</translation>
    </message>
    <message>
        <source>Accompanied b&amp;y</source>
        <translation type="unfinished">&amp;برفقة</translation>
    </message>
    <message>
        <source>e.g. the buddy, an interpreter</source>
        <translation type="unfinished">مثلاً: المرافق، مترجم فوري</translation>
    </message>
    <message>
        <source>Checklist &amp;step</source>
        <translation type="unfinished">&amp;خطوة القائمة</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation type="unfinished">مشاكل يجب تصحيحها</translation>
    </message>
    <message>
        <source>&amp;Remove appointment…</source>
        <translation type="unfinished">&amp;حذف الموعد…</translation>
    </message>
    <message>
        <source>The appointment is cancelled: it leaves the lists and calendars</source>
        <translation type="unfinished">الموعد ملغى: يُحذف من القوائم والتقويمات</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation type="unfinished">موعد جديد</translation>
    </message>
    <message>
        <source>This day is in the past.</source>
        <translation type="unfinished">هذا اليوم قد مضى.</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">لا شيء</translation>
    </message>
    <message>
        <source>Remove appointment</source>
        <translation type="unfinished">حذف الموعد</translation>
    </message>
    <message>
        <source>Remove the appointment “{title}”? It will no longer appear in the calendars.</source>
        <translation type="unfinished">حذف الموعد «{title}»؟ لن يظهر بعد ذلك في التقويمات.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">حذف</translation>
    </message>
</context>
<context>
    <name>AppointmentsMenu</name>
    <message>
        <source>Appointment saved: {title}.</source>
        <translation type="unfinished">تم حفظ الموعد: {title}.</translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation type="unfinished">&amp;جدول المواعيد</translation>
    </message>
    <message>
        <source>&amp;Week view</source>
        <translation type="unfinished">&amp;عرض الأسبوع</translation>
    </message>
    <message>
        <source>The appointments of the week, day by day</source>
        <translation type="unfinished">مواعيد الأسبوع، يومًا بيوم</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation type="unfinished">موعد &amp;جديد…</translation>
    </message>
    <message>
        <source>An appointment of the selected family</source>
        <translation type="unfinished">موعد للعائلة المحددة</translation>
    </message>
    <message>
        <source>Step &amp;cards…</source>
        <translation type="unfinished">&amp;بطاقات الخطوات…</translation>
    </message>
    <message>
        <source>Printable cards of the family&apos;s steps in their language</source>
        <translation type="unfinished">بطاقات قابلة للطباعة لخطوات العائلة، بلغتها</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished">تسجيل دخول</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished">فشل تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign-in refused (locked)</source>
        <translation type="unfinished">رُفض تسجيل الدخول (الحساب مقفل)</translation>
    </message>
    <message>
        <source>First run</source>
        <translation type="unfinished">التشغيل الأول</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished">عرض</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">إنشاء</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished">تعديل</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished">أرشفة</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">تصدير</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished">طباعة</translation>
    </message>
    <message>
        <source>Dossier issued</source>
        <translation type="unfinished">إصدار ملف تسليم</translation>
    </message>
    <message>
        <source>Erased (anonymised)</source>
        <translation type="unfinished">محو (إخفاء الهوية)</translation>
    </message>
    <message>
        <source>Retention rule applied</source>
        <translation type="unfinished">تطبيق قاعدة الاحتفاظ</translation>
    </message>
    <message>
        <source>Buddy assigned</source>
        <translation type="unfinished">تعيين مرافق</translation>
    </message>
    <message>
        <source>Buddy unassigned</source>
        <translation type="unfinished">إلغاء تعيين مرافق</translation>
    </message>
    <message>
        <source>User created</source>
        <translation type="unfinished">إنشاء مستخدم</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation type="unfinished">تعديل مستخدم</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished">تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished">تغيير إعداد</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation type="unfinished">تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>Audit log verified</source>
        <translation type="unfinished">التحقق من سجل التدقيق</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation type="unfinished">نسخ احتياطي لقاعدة البيانات</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation type="unfinished">استعادة قاعدة البيانات من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Families imported from a file</source>
        <translation type="unfinished">استيراد عائلات من ملف</translation>
    </message>
    <message>
        <source>List exported to a file</source>
        <translation type="unfinished">تصدير قائمة إلى ملف</translation>
    </message>
    <message>
        <source>Reception centre created</source>
        <translation type="unfinished">إنشاء مركز استقبال</translation>
    </message>
    <message>
        <source>Reception centre changed</source>
        <translation type="unfinished">تعديل مركز استقبال</translation>
    </message>
    <message>
        <source>Checklist change undone</source>
        <translation type="unfinished">التراجع عن تعديل في قائمة المهام</translation>
    </message>
    <message>
        <source>Sent without a recorded consent (reason given)</source>
        <translation type="unfinished">أُرسل دون موافقة مسجّلة (مع ذكر السبب)</translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished">رقم</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">من</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">الإجراء</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">العائلة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">التفاصيل</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">سجل التدقيق</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished">&amp;المستخدم</translation>
    </message>
    <message>
        <source>Only entries of this user</source>
        <translation type="unfinished">إدخالات هذا المستخدم فقط</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished">ا&amp;لإجراء</translation>
    </message>
    <message>
        <source>Only this action</source>
        <translation type="unfinished">هذا الإجراء فقط</translation>
    </message>
    <message>
        <source>&amp;Family id</source>
        <translation type="unfinished">&amp;رقم تعريف العائلة</translation>
    </message>
    <message>
        <source>Only entries about this family</source>
        <translation type="unfinished">الإدخالات المتعلقة بهذه العائلة فقط</translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished">أيّ</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished">&amp;من</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation type="unfinished">ابتداءً من هذا اليوم</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished">&amp;إلى</translation>
    </message>
    <message>
        <source>Up to this day</source>
        <translation type="unfinished">حتى هذا اليوم</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;تحديث</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished">إدخالات سجل التدقيق</translation>
    </message>
    <message>
        <source>Newest first: when, who, what and about which family. The filters above narrow the list.</source>
        <translation type="unfinished">الأحدث أولاً: متى، ومن، وماذا، وعن أي عائلة. عوامل التصفية أعلاه تضيّق القائمة.</translation>
    </message>
    <message>
        <source>Result of the chain verification</source>
        <translation type="unfinished">نتيجة التحقق من السلسلة</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished">تحقق من ال&amp;سلسلة</translation>
    </message>
    <message>
        <source>Check that no entry was changed, inserted or removed since it was written</source>
        <translation type="unfinished">التحقق من أن أي إدخال لم يُغيَّر أو يُدرَج أو يُحذف منذ كتابته</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished">تصدير &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished">الجميع</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished">كل الإجراءات</translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished">أي يوم</translation>
    </message>
    <message>
        <source>“To” is before “From” ({date}): no entry can match.</source>
        <translation type="unfinished">«إلى» قبل «من» ({date}): لا يمكن أن يطابق أي إدخال.</translation>
    </message>
    <message>
        <source>{count} entries, newest first</source>
        <translation type="unfinished">{count} إدخال، الأحدث أولاً</translation>
    </message>
    <message>
        <source>{count} entries; the newest {shown} are shown (narrow the filters or export them all)</source>
        <translation type="unfinished">{count} إدخال؛ يُعرض أحدث {shown} منها (ضيّق عوامل التصفية أو صدّرها كلها)</translation>
    </message>
    <message>
        <source>✔ The chain is intact: none of the {count} entries was changed, inserted or removed.</source>
        <translation type="unfinished">✔ السلسلة سليمة: لم يُغيَّر أو يُدرَج أو يُحذف أي إدخال من أصل {count}.</translation>
    </message>
    <message>
        <source>✘ The audit log was altered: {count} breaks in the chain (entries {entries}). Keep this database as evidence and tell your data protection officer.</source>
        <translation type="unfinished">✘ تم التلاعب بسجل التدقيق: {count} انقطاع في السلسلة (الإدخالات {entries}). احتفظ بقاعدة البيانات هذه كدليل وأبلغ مسؤول حماية البيانات.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished">تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported {count} entries to {path}.</source>
        <translation type="unfinished">تم تصدير {count} إدخال إلى {path}.</translation>
    </message>
</context>
<context>
    <name>BatchDossiersDialog</name>
    <message>
        <source>Dossiers for families leaving soon</source>
        <translation type="unfinished">ملفات تسليم للعائلات التي ستغادر قريبًا</translation>
    </message>
    <message>
        <source>Families leaving within (&amp;days)</source>
        <translation type="unfinished">العائلات المغادرة خلال (&amp;أيام)</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished">&amp;المستلم</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">ال&amp;لغة</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished">ال&amp;صيغة</translation>
    </message>
    <message>
        <source>Folde&amp;r</source>
        <translation type="unfinished">ال&amp;مجلد</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">ا&amp;ستعراض…</translation>
    </message>
    <message>
        <source>The files are not encrypted: each is a plain copy of personal data. Confidential notes are never included in a batch.</source>
        <translation type="unfinished">الملفات غير مشفرة: كل ملف نسخة عادية من بيانات شخصية. لا تُدرج الملاحظات السرية أبدًا في الدفعة.</translation>
    </message>
    <message>
        <source>&amp;Make dossiers</source>
        <translation type="unfinished">&amp;إنشاء الملفات</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">إل&amp;غاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">إغلاق</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">التقدّم</translation>
    </message>
    <message>
        <source>Folder for the dossiers</source>
        <translation type="unfinished">مجلد الملفات</translation>
    </message>
    <message>
        <source>{count} families leave reception within {days} days or are past their exit date.</source>
        <translation type="unfinished">{count} عائلات تغادر الاستقبال خلال {days} يومًا أو تجاوزت تاريخ مغادرتها.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the dossiers.</source>
        <translation type="unfinished">اختر مجلدًا موجودًا للملفات.</translation>
    </message>
    <message>
        <source>Making the dossiers…</source>
        <translation type="unfinished">جارٍ إنشاء الملفات…</translation>
    </message>
    <message>
        <source>Cancelling after the current dossier…</source>
        <translation type="unfinished">سيتم الإلغاء بعد الملف الحالي…</translation>
    </message>
    <message>
        <source>{done} of {total} dossiers</source>
        <translation type="unfinished">{done} من أصل {total} ملف</translation>
    </message>
    <message>
        <source>{written} of {total} dossiers written to {folder}.</source>
        <translation type="unfinished">تمت كتابة {written} من أصل {total} ملف في {folder}.</translation>
    </message>
    <message>
        <source>Cancelled: the files written are complete.</source>
        <translation type="unfinished">أُلغي: الملفات المكتوبة كاملة.</translation>
    </message>
    <message>
        <source>{count} could not be made.</source>
        <translation type="unfinished">تعذّر إنشاء {count}.</translation>
    </message>
    <message>
        <source>Not made, the family&apos;s consent for this recipient is not recorded: {cases}.</source>
        <translation type="unfinished">لم يُنشأ، لأن موافقة العائلة لهذه الجهة غير مسجّلة: {cases}.</translation>
    </message>
</context>
<context>
    <name>BuddyAssignDialog</name>
    <message>
        <source>Admin buddies</source>
        <translation type="unfinished">المرافقون الإداريون</translation>
    </message>
    <message>
        <source>An admin buddy sees only the families assigned to them: names, contacts, languages, the checklist and appointments — never national register numbers, the protection decision or confidential notes.</source>
        <translation type="unfinished">لا يرى المرافق الإداري إلا العائلات المعيّنة له: الأسماء، ووسائل الاتصال، واللغات، وقائمة الخطوات، والمواعيد — ولا يرى أبدًا أرقام السجل الوطني، ولا قرار الحماية، ولا الملاحظات السرية.</translation>
    </message>
    <message>
        <source>Buddies accompanying this family</source>
        <translation type="unfinished">المرافقون الذين يرافقون هذه العائلة</translation>
    </message>
    <message>
        <source>Delete unassigns the selected buddy, after asking.</source>
        <translation type="unfinished">مفتاح Delete يلغي تعيين المرافق المحدد، بعد السؤال.</translation>
    </message>
    <message>
        <source>Admin buddy to assign</source>
        <translation type="unfinished">المرافق الإداري المراد تعيينه</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished">&amp;تعيين</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation type="unfinished">&amp;إلغاء التعيين</translation>
    </message>
    <message>
        <source>Admin buddies — {case}</source>
        <translation type="unfinished">المرافقون الإداريون — {case}</translation>
    </message>
    <message>
        <source>{name} (since {date})</source>
        <translation type="unfinished">{name} (منذ {date})</translation>
    </message>
    <message>
        <source>No admin buddy accompanies this family.</source>
        <translation type="unfinished">لا يرافق أي مرافق إداري هذه العائلة.</translation>
    </message>
    <message>
        <source>Unassign buddy</source>
        <translation type="unfinished">إلغاء تعيين المرافق</translation>
    </message>
    <message>
        <source>Stop {name} accompanying this family? They will no longer see its file.</source>
        <translation type="unfinished">إيقاف مرافقة {name} لهذه العائلة؟ لن يرى ملفها بعد ذلك.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished">إلغاء التعيين</translation>
    </message>
</context>
<context>
    <name>BuddyFeatures</name>
    <message>
        <source>Updated by buddy ({name})</source>
        <translation type="unfinished">حدّثها المرافق ({name})</translation>
    </message>
    <message>
        <source>Updated by buddy</source>
        <translation type="unfinished">حدّثها المرافق</translation>
    </message>
    <message>
        <source>Steps marked, appointments added and notes left by admin buddies that the families&apos; social worker has not seen yet. Opens a list; choose one to open the family.</source>
        <translation type="unfinished">خطوات أشّر عليها المرافقون الإداريون، ومواعيد أضافوها، وملاحظات تركوها، ولم يطّلع عليها بعد المرشد الاجتماعي للعائلات. يفتح قائمة؛ اختر عنصرًا لفتح العائلة.</translation>
    </message>
    <message>
        <source>Changes from buddies: {count}</source>
        <translation type="unfinished">تغييرات المرافقين: {count}</translation>
    </message>
    <message>
        <source>steps: {count}</source>
        <translation type="unfinished">الخطوات: {count}</translation>
    </message>
    <message>
        <source>notes: {count}</source>
        <translation type="unfinished">الملاحظات: {count}</translation>
    </message>
    <message>
        <source>appointments: {count}</source>
        <translation type="unfinished">المواعيد: {count}</translation>
    </message>
    <message>
        <source>Updated by buddy since you last looked — {changes}. Steps are highlighted in the checklist, notes in the Notes tab.</source>
        <translation type="unfinished">حدّثها المرافق منذ آخر اطلاع لك — {changes}. الخطوات مميزة في قائمة الخطوات، والملاحظات في تبويب الملاحظات.</translation>
    </message>
    <message>
        <source>No changes from buddies</source>
        <translation type="unfinished">لا توجد تغييرات من المرافقين</translation>
    </message>
    <message>
        <source>“{step}”: {status}</source>
        <translation type="unfinished">«{step}»: {status}</translation>
    </message>
    <message>
        <source>Note: “{text}”</source>
        <translation type="unfinished">ملاحظة: «{text}»</translation>
    </message>
    <message>
        <source>Appointment: {title}</source>
        <translation type="unfinished">الموعد: {title}</translation>
    </message>
    <message>
        <source>{family} — {what} ({buddy})</source>
        <translation type="unfinished">{family} — {what} ({buddy})</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished">&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Directory of services…</source>
        <translation type="unfinished">&amp;دليل الخدمات…</translation>
    </message>
</context>
<context>
    <name>BuddyWorkspace</name>
    <message>
        <source>No family is assigned to you yet.</source>
        <translation type="unfinished">لم تُعيَّن لك أي عائلة بعد.</translation>
    </message>
    <message>
        <source>to do: {count}</source>
        <translation type="unfinished">للإنجاز: {count}</translation>
    </message>
    <message>
        <source>late: {count}</source>
        <translation type="unfinished">متأخرة: {count}</translation>
    </message>
    <message>
        <source>next by {date}</source>
        <translation type="unfinished">الخطوة التالية قبل {date}</translation>
    </message>
    <message>
        <source>No family selected</source>
        <translation type="unfinished">لم تُحدد أي عائلة</translation>
    </message>
    <message>
        <source>Choose one of your families on the left.</source>
        <translation type="unfinished">اختر إحدى عائلاتك من القائمة.</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation type="unfinished">عدد الأفراد: {count}</translation>
    </message>
    <message>
        <source>speaks {languages}</source>
        <translation type="unfinished">تتحدث {languages}</translation>
    </message>
    <message>
        <source>moving to {municipality}</source>
        <translation type="unfinished">تنتقل إلى {municipality}</translation>
    </message>
    <message>
        <source>left the centre on {date}</source>
        <translation type="unfinished">غادرت المركز في {date}</translation>
    </message>
    <message>
        <source>leaves the centre by {date}</source>
        <translation type="unfinished">تغادر المركز قبل {date}</translation>
    </message>
    <message>
        <source>social worker: {name}</source>
        <translation type="unfinished">المرشد الاجتماعي: {name}</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation type="unfinished">أُنجزت {done} من أصل {total} خطوة</translation>
    </message>
    <message>
        <source>{language} (the family&apos;s language)</source>
        <translation type="unfinished">{language} (لغة العائلة)</translation>
    </message>
    <message>
        <source>Nothing to do right now: the open steps wait for another step.</source>
        <translation type="unfinished">لا شيء للقيام به الآن: الخطوات المفتوحة تنتظر خطوة أخرى.</translation>
    </message>
    <message>
        <source>All steps are done.</source>
        <translation type="unfinished">أُنجزت كل الخطوات.</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation type="unfinished">التالي: {title}</translation>
    </message>
    <message>
        <source>late since {date}</source>
        <translation type="unfinished">متأخرة منذ {date}</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation type="unfinished">قبل {date}</translation>
    </message>
    <message>
        <source>first another step</source>
        <translation type="unfinished">أولاً خطوة أخرى</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; {status}</source>
        <translation type="unfinished">&lt;b&gt;الحالة:&lt;/b&gt; {status}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Late:&lt;/b&gt; it was due on {date}</source>
        <translation type="unfinished">&lt;b&gt;متأخرة:&lt;/b&gt; كان موعدها {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;By:&lt;/b&gt; {date}</source>
        <translation type="unfinished">&lt;b&gt;قبل:&lt;/b&gt; {date}</translation>
    </message>
    <message>
        <source>Only the social worker records that the family left the centre: tell them the day the family left and where they went.</source>
        <translation type="unfinished">المرشد الاجتماعي وحده يسجّل أن العائلة غادرت المركز: أخبره بيوم المغادرة وبالمكان الذي ذهبت إليه العائلة.</translation>
    </message>
    <message>
        <source>&lt;b&gt;First:&lt;/b&gt; {steps}</source>
        <translation type="unfinished">&lt;b&gt;أولاً:&lt;/b&gt; {steps}</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">ما يجب إحضاره</translation>
    </message>
    <message>
        <source>Nothing in particular.</source>
        <translation type="unfinished">لا شيء خاص.</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation type="unfinished">إلى أين تذهب</translation>
    </message>
    <message>
        <source>Ask the social worker where to go for this step.</source>
        <translation type="unfinished">اسأل المرشد الاجتماعي إلى أين تذهب لهذه الخطوة.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note on this step:&lt;/b&gt; {note}</source>
        <translation type="unfinished">&lt;b&gt;ملاحظة على هذه الخطوة:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>&lt;b&gt;To check with the social worker:&lt;/b&gt; {note}</source>
        <translation type="unfinished">&lt;b&gt;للتحقق مع المرشد الاجتماعي:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Address not in the directory yet: ask the social worker.</source>
        <translation type="unfinished">العنوان ليس في الدليل بعد: اسأل المرشد الاجتماعي.</translation>
    </message>
    <message>
        <source>Opening hours: {hours}</source>
        <translation type="unfinished">ساعات العمل: {hours}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation type="unfinished">الهاتف: {phone}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation type="unfinished">البريد الإلكتروني: {email}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation type="unfinished">اللغات: {languages}</translation>
    </message>
    <message>
        <source>Bring: {items}</source>
        <translation type="unfinished">المطلوب إحضاره: {items}</translation>
    </message>
    <message>
        <source>No appointment planned.</source>
        <translation type="unfinished">لا يوجد موعد مخطط.</translation>
    </message>
    <message>
        <source>Your last note for the social worker ({date}): “{text}”</source>
        <translation type="unfinished">آخر ملاحظة كتبتها للمرشد الاجتماعي ({date}): «{text}»</translation>
    </message>
    <message>
        <source>No longer &amp;waiting</source>
        <translation type="unfinished">لم تعد &amp;بالانتظار</translation>
    </message>
    <message>
        <source>&amp;Waiting for someone</source>
        <translation type="unfinished">&amp;بانتظار شخص ما</translation>
    </message>
    <message>
        <source>Mark done: {step}</source>
        <translation type="unfinished">تعليم كمنجزة: {step}</translation>
    </message>
    <message>
        <source>Waiting: {step}</source>
        <translation type="unfinished">بالانتظار: {step}</translation>
    </message>
    <message>
        <source>No longer waiting: {step}</source>
        <translation type="unfinished">لم تعد بالانتظار: {step}</translation>
    </message>
    <message>
        <source>Note for the social worker</source>
        <translation type="unfinished">ملاحظة للمرشد الاجتماعي</translation>
    </message>
    <message>
        <source>What should the social worker know? (They see it highlighted; do not write medical or other sensitive details here.)</source>
        <translation type="unfinished">ما الذي يجب أن يعرفه المرشد الاجتماعي؟ (سيراها مميزة؛ لا تكتب هنا تفاصيل طبية أو معلومات حساسة أخرى.)</translation>
    </message>
</context>
<context>
    <name>BuddyWorkspaceView</name>
    <message>
        <source>Your families and their next steps</source>
        <translation type="unfinished">عائلاتك وخطواتها التالية</translation>
    </message>
    <message>
        <source>&amp;Your families</source>
        <translation type="unfinished">&amp;عائلاتك</translation>
    </message>
    <message>
        <source>Choose a family to see its next steps, what to bring and where to go.</source>
        <translation type="unfinished">اختر عائلة لترى خطواتها التالية، وما يجب إحضاره، وإلى أين تذهب.</translation>
    </message>
    <message>
        <source>A social worker assigns families to you. You see only those families.</source>
        <translation type="unfinished">يعيّن لك المرشد الاجتماعي العائلات. لا ترى إلا هذه العائلات.</translation>
    </message>
    <message>
        <source>&amp;Explanations in:</source>
        <translation type="unfinished">&amp;الشرح باللغة:</translation>
    </message>
    <message>
        <source>Show &amp;later steps too</source>
        <translation type="unfinished">إظهار ال&amp;خطوات اللاحقة أيضًا</translation>
    </message>
    <message>
        <source>Also the open steps that must wait for another step first, or are blocked.</source>
        <translation type="unfinished">وأيضًا الخطوات المفتوحة التي يجب أن تنتظر خطوة أخرى أولاً، أو المتوقفة.</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation type="unfinished">الخ&amp;طوات التالية</translation>
    </message>
    <message>
        <source>The family&apos;s next steps, the most urgent first. Choose one to read what to do, what to bring and where to go.</source>
        <translation type="unfinished">الخطوات التالية للعائلة، الأكثر إلحاحًا أولاً. اختر خطوة لتقرأ ما يجب فعله، وما يجب إحضاره، وإلى أين تذهب.</translation>
    </message>
    <message>
        <source>What to do, what to bring and where to go</source>
        <translation type="unfinished">ما يجب فعله، وما يجب إحضاره، وإلى أين تذهب</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished">&amp;تأشير كمنجزة</translation>
    </message>
    <message>
        <source>The selected step is done (today).</source>
        <translation type="unfinished">أُنجزت الخطوة المحددة (اليوم).</translation>
    </message>
    <message>
        <source>&amp;Waiting for someone</source>
        <translation type="unfinished">&amp;بانتظار شخص ما</translation>
    </message>
    <message>
        <source>The family did its part and waits for an answer or a document from someone else.</source>
        <translation type="unfinished">قامت العائلة بما عليها وتنتظر ردًا أو وثيقة من شخص آخر.</translation>
    </message>
    <message>
        <source>Appo&amp;intments</source>
        <translation type="unfinished">ال&amp;مواعيد</translation>
    </message>
    <message>
        <source>The family&apos;s appointments from today on: when, where and what to bring.</source>
        <translation type="unfinished">مواعيد العائلة ابتداءً من اليوم: متى، وأين، وما يجب إحضاره.</translation>
    </message>
    <message>
        <source>&amp;Add appointment…</source>
        <translation type="unfinished">&amp;إضافة موعد…</translation>
    </message>
    <message>
        <source>Note for the &amp;social worker…</source>
        <translation type="unfinished">ملاحظة &amp;للمرشد الاجتماعي…</translation>
    </message>
    <message>
        <source>A short message for the family&apos;s social worker, who sees it highlighted.</source>
        <translation type="unfinished">رسالة قصيرة للمرشد الاجتماعي للعائلة، يراها مميزة.</translation>
    </message>
</context>
<context>
    <name>CentreEditDialog</name>
    <message>
        <source>Reception centre</source>
        <translation type="unfinished">مركز الاستقبال</translation>
    </message>
    <message>
        <source>New reception centre</source>
        <translation type="unfinished">مركز استقبال جديد</translation>
    </message>
    <message>
        <source>Reception centre {name}</source>
        <translation type="unfinished">مركز الاستقبال {name}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Close and lose them?</source>
        <translation type="unfinished">لديك تغييرات غير محفوظة. هل تريد الإغلاق وفقدانها؟</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished">إغلاق دون حفظ</translation>
    </message>
</context>
<context>
    <name>CentreForm</name>
    <message>
        <source>Na&amp;me of the centre</source>
        <translation type="unfinished">ا&amp;سم المركز</translation>
    </message>
    <message>
        <source>e.g. Centre Croix-Rouge de Jodoigne</source>
        <translation type="unfinished">مثلاً: Centre Croix-Rouge de Jodoigne</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation type="unfinished">ال&amp;جهة المشغّلة</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation type="unfinished">&amp;عنوان الشارع والرقم</translation>
    </message>
    <message>
        <source>e.g. Rue de la Station 12</source>
        <translation type="unfinished">مثلاً: Rue de la Station 12</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished">الرمز البري&amp;دي</translation>
    </message>
    <message>
        <source>e.g. 1370</source>
        <translation type="unfinished">مثلاً: 1370</translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation type="unfinished">ال&amp;بلدية</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished">ال&amp;هاتف</translation>
    </message>
    <message>
        <source>e.g. 010 81 23 45</source>
        <translation type="unfinished">مثلاً: 010 81 23 45</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished">البر&amp;يد الإلكتروني</translation>
    </message>
    <message>
        <source>e.g. reception@centre.be</source>
        <translation type="unfinished">مثلاً: accueil@centre.be</translation>
    </message>
    <message>
        <source>Ente&amp;rprise number</source>
        <translation type="unfinished">&amp;رقم المؤسسة</translation>
    </message>
    <message>
        <source>optional, e.g. 0403.019.261</source>
        <translation type="unfinished">اختياري، مثلاً: 0403.019.261</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation type="unfinished">ال&amp;شعار</translation>
    </message>
    <message>
        <source>No logo (optional)</source>
        <translation type="unfinished">لا يوجد شعار (اختياري)</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation type="unfinished">اختيار صورة…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most 1 MB, printed at the top of letters and dossiers.</source>
        <translation type="unfinished">صورة بصيغة PNG أو JPEG لا يزيد حجمها عن 1 ميغابايت، تُطبع في أعلى الرسائل والملفات.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">إ&amp;زالة</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation type="unfinished">إزالة الشعار</translation>
    </message>
    <message>
        <source>Logo of the centre</source>
        <translation type="unfinished">شعار المركز</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished">الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>not a Belgian postcode</source>
        <translation type="unfinished">ليس رمزاً بريدياً بلجيكياً</translation>
    </message>
    <message>
        <source>Choose the municipality…</source>
        <translation type="unfinished">اختر البلدية…</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished">لا يمكن قراءة الملف.</translation>
    </message>
    <message>
        <source>Preview of the logo</source>
        <translation type="unfinished">معاينة الشعار</translation>
    </message>
    <message>
        <source>This file is not an image that can be shown.</source>
        <translation type="unfinished">هذا الملف ليس صورة يمكن عرضها.</translation>
    </message>
    <message>
        <source>Please correct these:</source>
        <translation type="unfinished">يُرجى تصحيح ما يلي:</translation>
    </message>
</context>
<context>
    <name>CentresDialog</name>
    <message>
        <source>Reception centres</source>
        <translation type="unfinished">مراكز الاستقبال</translation>
    </message>
    <message>
        <source>Enter changes the selected centre.</source>
        <translation type="unfinished">مفتاح الإدخال يعدّل المركز المحدد.</translation>
    </message>
    <message>
        <source>Show &amp;retired centres</source>
        <translation type="unfinished">عرض المراكز ال&amp;موقوفة أيضاً</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished">إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;تعديل…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation type="unfinished">إي&amp;قاف…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished">مشغّل الاستقبال</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">البريد الإلكتروني</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished">موقوف</translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished">نشط</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation type="unfinished">إ&amp;عادة التفعيل</translation>
    </message>
    <message>
        <source>Retire a centre</source>
        <translation type="unfinished">إيقاف مركز</translation>
    </message>
    <message>
        <source>Retire {name}? No new family or account can be added to it. What it has stays as it is: {families} families and {staff} active accounts. You can reactivate it later.</source>
        <translation type="unfinished">هل تريد إيقاف {name}؟ لن يمكن إضافة أي عائلة أو حساب جديد إليه. يبقى ما فيه كما هو: العائلات: {families}، الحسابات النشطة: {staff}. يمكنك إعادة تفعيله لاحقاً.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished">إيقاف</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Added by hand</source>
        <extracomment>the rule&apos;s warning (source text, &quot;Deadlines&quot; context, ``{total}`` and ``{maximum}``), None within the maximum; recording it then needs a reason for going beyond it Buckets of days left before the exit, in display order: (key, lowest, highest) inclusive. The deadline functions in the order of ``compute_deadlines``, each with the fields of :class:`CaseDates` it reads (``today`` always). ``case_deadlines`` calls each one on a case reduced to those fields, so that families sharing them share the (cached) result; a unit test checks that the result equals ``compute_deadlines`` on many cases.</extracomment>
        <translation type="unfinished">أُضيفت يدويًا</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Exit-support checklist</source>
        <translation type="unfinished">قائمة خطوات المغادرة</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">الخطوة التالية</translation>
    </message>
    <message>
        <source>Checklist steps by track</source>
        <translation type="unfinished">خطوات القائمة حسب المحور</translation>
    </message>
    <message>
        <source>Space ticks the selected step as done; F2 changes its status.</source>
        <translation type="unfinished">مفتاح المسافة يؤشّر على الخطوة المحددة كمنجزة؛ F2 يغيّر حالتها.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">الخطوة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">الموعد النهائي</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished">أُنجزت في</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished">عدّلها</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">ملاحظة</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation type="unfinished">الخطوة المحددة</translation>
    </message>
    <message>
        <source>The day the selected step was done: today or earlier. Enter saves it.</source>
        <translation type="unfinished">اليوم الذي أُنجزت فيه الخطوة المحددة: اليوم أو قبله. مفتاح الإدخال يحفظه.</translation>
    </message>
    <message>
        <source>&amp;Mark done on this date</source>
        <translation type="unfinished">تعليم كمنجزة في &amp;هذا التاريخ</translation>
    </message>
    <message>
        <source>Ne&amp;w due date…</source>
        <translation type="unfinished">موعد &amp;نهائي جديد…</translation>
    </message>
    <message>
        <source>History of the selected step</source>
        <translation type="unfinished">سجل الخطوة المحددة</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation type="unfinished">تعيين &amp;الحالة</translation>
    </message>
    <message>
        <source>N&amp;ote…</source>
        <translation type="unfinished">ملا&amp;حظة…</translation>
    </message>
    <message>
        <source>&amp;New step…</source>
        <translation type="unfinished">&amp;خطوة جديدة…</translation>
    </message>
    <message>
        <source>E&amp;xtension of stay…</source>
        <translation type="unfinished">&amp;تمديد الإقامة…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">ت&amp;راجع</translation>
    </message>
    <message>
        <source>Changes recorded as</source>
        <translation type="unfinished">التغييرات مسجلة باسم</translation>
    </message>
    <message>
        <source>Signed-in person recording the changes</source>
        <translation type="unfinished">الشخص المسجّل دخوله الذي يسجّل التغييرات</translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished">للإنجاز</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished">قيد الإنجاز</translation>
    </message>
    <message>
        <source>Waiting for someone else</source>
        <translation type="unfinished">بانتظار شخص آخر</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">منجزة</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished">لا تنطبق</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished">متوقفة</translation>
    </message>
    <message>
        <source>not yet possible</source>
        <translation type="unfinished">غير ممكنة بعد</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation type="unfinished">فلاندر</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation type="unfinished">بروكسل</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation type="unfinished">والونيا</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation type="unfinished">المجموعة الناطقة بالألمانية</translation>
    </message>
    <message>
        <source>not known yet (only the steps common to every region)</source>
        <translation type="unfinished">غير معروفة بعد (الخطوات المشتركة بين كل المناطق فقط)</translation>
    </message>
    <message>
        <source>No checklist yet: it starts when the protection decision is recorded.</source>
        <translation type="unfinished">لا توجد قائمة خطوات بعد: تبدأ عند تسجيل قرار الحماية.</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation type="unfinished">أُنجز {done} من أصل {total}</translation>
    </message>
    <message>
        <source>&lt;b&gt;All steps are done.&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;أُنجزت كل الخطوات.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No step is possible right now&lt;/b&gt;: the open steps wait for someone else or are blocked.</source>
        <translation type="unfinished">&lt;b&gt;لا توجد خطوة ممكنة الآن&lt;/b&gt;: الخطوات المفتوحة تنتظر شخصًا آخر أو متوقفة.</translation>
    </message>
    <message>
        <source> — overdue since {date}</source>
        <translation type="unfinished"> — متأخرة منذ {date}</translation>
    </message>
    <message>
        <source> — due {date}</source>
        <translation type="unfinished"> — موعدها {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; {title}{due}</source>
        <translation type="unfinished">&lt;b&gt;الخطوة التالية:&lt;/b&gt; {title}{due}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bring:&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;المطلوب إحضاره:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bring:&lt;/b&gt; nothing in particular.</source>
        <translation type="unfinished">&lt;b&gt;المطلوب إحضاره:&lt;/b&gt; لا شيء خاص.</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation type="unfinished">التاريخ غير مسجل</translation>
    </message>
    <message>
        <source>Left the centre on {date} ({how})</source>
        <translation type="unfinished">غادرت المركز في {date} ({how})</translation>
    </message>
    <message>
        <source>Left the centre on {date}</source>
        <translation type="unfinished">غادرت المركز في {date}</translation>
    </message>
    <message>
        <source>Leave reception by {date} ({days} days late)</source>
        <translation type="unfinished">مغادرة الاستقبال قبل {date} (تأخير {days} يومًا)</translation>
    </message>
    <message>
        <source>Leave reception by {date} ({days} days left)</source>
        <translation type="unfinished">مغادرة الاستقبال قبل {date} (باقٍ {days} يومًا)</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation type="unfinished">أُنجزت {done} من أصل {total} خطوة</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation type="unfinished">المنطقة: {region}</translation>
    </message>
    <message>
        <source>Extension: +{months} months on {date} ({reason})</source>
        <translation type="unfinished">التمديد: +{months} شهر في {date} ({reason})</translation>
    </message>
    <message>
        <source>no longer needed: the family left</source>
        <translation type="unfinished">لم تعد لازمة: غادرت العائلة</translation>
    </message>
    <message>
        <source>(new date)</source>
        <translation type="unfinished">(تاريخ جديد)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished">(متأخرة)</translation>
    </message>
    <message>
        <source>First: {steps}</source>
        <translation type="unfinished">أولاً: {steps}</translation>
    </message>
    <message>
        <source>Due date set by hand: {reason}</source>
        <translation type="unfinished">موعد نهائي محدد يدويًا: {reason}</translation>
    </message>
    <message>
        <source>Bring: {documents}</source>
        <translation type="unfinished">المطلوب إحضاره: {documents}</translation>
    </message>
    <message>
        <source>No longer needed: the family left the centre.</source>
        <translation type="unfinished">لم تعد لازمة: غادرت العائلة المركز.</translation>
    </message>
    <message>
        <source>Not yet possible: first {steps}.</source>
        <translation type="unfinished">غير ممكنة بعد: أولاً {steps}.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished">بلا تاريخ</translation>
    </message>
    <message>
        <source>Due date set by hand: {date} (by the rules: {computed}). Reason: {reason}</source>
        <translation type="unfinished">موعد نهائي محدد يدويًا: {date} (حسب القواعد: {computed}). السبب: {reason}</translation>
    </message>
    <message>
        <source>Blocked: {reason}</source>
        <translation type="unfinished">متوقفة: {reason}</translation>
    </message>
    <message>
        <source>Kept from the plan for the previous municipality.</source>
        <translation type="unfinished">محفوظة من خطة البلدية السابقة.</translation>
    </message>
    <message>
        <source>To check: {note}</source>
        <translation type="unfinished">للتحقق: {note}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier changes</source>
        <translation type="unfinished">
            <numerusform>… و%n تغيير سابق</numerusform>
            <numerusform>… و%n تغيير سابق</numerusform>
            <numerusform>… و%n تغييران سابقان</numerusform>
            <numerusform>… و%n تغييرات سابقة</numerusform>
            <numerusform>… و%n تغييرًا سابقًا</numerusform>
            <numerusform>… و%n تغيير سابق</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;History:&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;السجل:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Change the done date</source>
        <translation type="unfinished">تغيير تاريخ الإنجا&amp;ز</translation>
    </message>
    <message>
        <source>Blocked step</source>
        <translation type="unfinished">خطوة متوقفة</translation>
    </message>
    <message>
        <source>Why is “{step}” blocked?</source>
        <translation type="unfinished">لماذا الخطوة «{step}» متوقفة؟</translation>
    </message>
    <message>
        <source>Mark done: {step}</source>
        <translation type="unfinished">تعليم كمنجزة: {step}</translation>
    </message>
    <message>
        <source>Mark not done: {step}</source>
        <translation type="unfinished">تعليم كغير منجزة: {step}</translation>
    </message>
    <message>
        <source>{status}: {step}</source>
        <translation type="unfinished">{status}: {step}</translation>
    </message>
    <message>
        <source>The family did not leave?</source>
        <translation type="unfinished">العائلة لم تغادر؟</translation>
    </message>
    <message>
        <source>Undo leaving the centre? The case goes back to “in transition”, and its exit date ({date}) and how the family left are cleared.</source>
        <translation type="unfinished">التراجع عن مغادرة المركز؟ يعود الملف إلى «في مرحلة الانتقال»، ويُمحى تاريخ المغادرة ({date}) وطريقة مغادرة العائلة.</translation>
    </message>
    <message>
        <source>Back in transition</source>
        <translation type="unfinished">العودة إلى مرحلة الانتقال</translation>
    </message>
    <message>
        <source>Mark the step not done</source>
        <translation type="unfinished">تعليم الخطوة كغير منجزة</translation>
    </message>
    <message>
        <source>“{step}” was done on {date}. Mark it not done and forget that date?</source>
        <translation type="unfinished">أُنجزت «{step}» في {date}. هل تريد تعليمها كغير منجزة ونسيان هذا التاريخ؟</translation>
    </message>
    <message>
        <source>Mark not done</source>
        <translation type="unfinished">تعليم كغير منجزة</translation>
    </message>
    <message>
        <source>Done on…</source>
        <translation type="unfinished">أُنجزت في…</translation>
    </message>
    <message>
        <source>New due date…</source>
        <translation type="unfinished">موعد نهائي جديد…</translation>
    </message>
    <message>
        <source>Back to the computed due date</source>
        <translation type="unfinished">العودة إلى الموعد النهائي المحسوب</translation>
    </message>
    <message>
        <source>Remove this step…</source>
        <translation type="unfinished">حذف هذه الخطوة…</translation>
    </message>
    <message>
        <source>Done date: {step}</source>
        <translation type="unfinished">تاريخ الإنجاز: {step}</translation>
    </message>
    <message>
        <source>The family left the centre</source>
        <translation type="unfinished">غادرت العائلة المركز</translation>
    </message>
    <message>
        <source>New due date: {step}</source>
        <translation type="unfinished">موعد نهائي جديد: {step}</translation>
    </message>
    <message>
        <source>Back to the computed due date: {step}</source>
        <translation type="unfinished">العودة إلى الموعد النهائي المحسوب: {step}</translation>
    </message>
    <message>
        <source>Forget the due date set by hand for “{step}” ({date}) and its reason?</source>
        <translation type="unfinished">نسيان الموعد النهائي المحدد يدويًا لـ«{step}» ({date}) وسببه؟</translation>
    </message>
    <message>
        <source>Use the computed date</source>
        <translation type="unfinished">استخدام التاريخ المحسوب</translation>
    </message>
    <message>
        <source>Remove a step</source>
        <translation type="unfinished">حذف خطوة</translation>
    </message>
    <message>
        <source>Remove the step “{step}” from this family&apos;s checklist?</source>
        <translation type="unfinished">حذف الخطوة «{step}» من قائمة هذه العائلة؟</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">حذف</translation>
    </message>
    <message>
        <source>Remove step: {step}</source>
        <translation type="unfinished">حذف الخطوة: {step}</translation>
    </message>
    <message>
        <source>Note on “{step}”:</source>
        <translation type="unfinished">ملاحظة على «{step}»:</translation>
    </message>
    <message>
        <source>Note: {step}</source>
        <translation type="unfinished">ملاحظة: {step}</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation type="unfinished">إضافة خطوة</translation>
    </message>
    <message>
        <source>What needs to be done (for this family only)?</source>
        <translation type="unfinished">ما الذي يجب عمله (لهذه العائلة فقط)؟</translation>
    </message>
    <message>
        <source>New step: {step}</source>
        <translation type="unfinished">خطوة جديدة: {step}</translation>
    </message>
    <message>
        <source>Extension of the stay</source>
        <translation type="unfinished">تمديد الإقامة</translation>
    </message>
    <message>
        <source>the system</source>
        <translation type="unfinished">النظام</translation>
    </message>
    <message>
        <source>postponed from {old} to {new}: {reason}</source>
        <translation type="unfinished">أُجّلت من {old} إلى {new}: {reason}</translation>
    </message>
    <message>
        <source>back to the computed due date ({date})</source>
        <translation type="unfinished">العودة إلى الموعد النهائي المحسوب ({date})</translation>
    </message>
    <message>
        <source>the family left the centre on {date} ({how})</source>
        <translation type="unfinished">غادرت العائلة المركز في {date} ({how})</translation>
    </message>
    <message>
        <source>done date changed from {old} to {new}</source>
        <translation type="unfinished">تغيّر تاريخ الإنجاز من {old} إلى {new}</translation>
    </message>
    <message>
        <source>undid a change</source>
        <translation type="unfinished">تراجع عن تغيير</translation>
    </message>
    <message>
        <source>step added</source>
        <translation type="unfinished">أُضيفت خطوة</translation>
    </message>
    <message>
        <source>note changed</source>
        <translation type="unfinished">تغيّرت الملاحظة</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation type="unfinished">الحالة: {status}</translation>
    </message>
    <message>
        <source>{date}, {who}: {what}</source>
        <translation type="unfinished">{date}، {who}: {what}</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation type="unfinished">(تم التراجع عنه)</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Handover dossier</source>
        <translation type="unfinished">ملف التسليم</translation>
    </message>
    <message>
        <source>Referral to a service</source>
        <translation type="unfinished">إحالة إلى خدمة</translation>
    </message>
    <message>
        <source>Letters to an authority</source>
        <translation type="unfinished">رسائل إلى جهة إدارية</translation>
    </message>
    <message>
        <source>Sharing contact details</source>
        <translation type="unfinished">مشاركة بيانات الاتصال</translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <source>Consents</source>
        <translation type="unfinished">الموافقات</translation>
    </message>
    <message>
        <source>What the family agreed may be shared, with whom, and when the consent was given or withdrawn.</source>
        <translation type="unfinished">ما وافقت العائلة على مشاركته، ومع من، ومتى أُعطيت الموافقة أو سُحبت.</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation type="unfinished">سجلات الموافقة</translation>
    </message>
    <message>
        <source>Delete records the selected consent as withdrawn today, after asking.</source>
        <translation type="unfinished">مفتاح Delete يسجّل الموافقة المحددة كمسحوبة اليوم، بعد السؤال.</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation type="unfinished">موافقة جديدة</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished">&amp;الغرض</translation>
    </message>
    <message>
        <source>What the consent is for</source>
        <translation type="unfinished">الغرض من الموافقة</translation>
    </message>
    <message>
        <source>&amp;What is shared</source>
        <translation type="unfinished">&amp;ما تتم مشاركته</translation>
    </message>
    <message>
        <source>e.g. handover dossier, school enrolment</source>
        <translation type="unfinished">مثلاً: ملف التسليم، التسجيل في المدرسة</translation>
    </message>
    <message>
        <source>Reci&amp;pient in the directory</source>
        <translation type="unfinished">المرسَل إليه في ال&amp;دليل</translation>
    </message>
    <message>
        <source>Recipient in the directory</source>
        <translation type="unfinished">المرسَل إليه في الدليل</translation>
    </message>
    <message>
        <source>&amp;Shared with</source>
        <translation type="unfinished">&amp;الجهة المشارَك معها</translation>
    </message>
    <message>
        <source>e.g. CPAS de Liège</source>
        <translation type="unfinished">مثلاً: CPAS de Liège</translation>
    </message>
    <message>
        <source>Confidential &amp;notes may be shared too</source>
        <translation type="unfinished">يجوز مشاركة الملاحظات ال&amp;سرية أيضًا</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation type="unfinished">&amp;أعطاها</translation>
    </message>
    <message>
        <source>Given &amp;on</source>
        <translation type="unfinished">&amp;تاريخ الإعطاء</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished">ت&amp;سجيل الموافقة</translation>
    </message>
    <message>
        <source>Withdrawn &amp;today</source>
        <translation type="unfinished">سُ&amp;حبت اليوم</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;إغلاق</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished">الغرض</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation type="unfinished">ما تتم مشاركته</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished">الجهة المشارَك معها</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished">أعطاها</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished">تاريخ الإعطاء</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished">تاريخ السحب</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished">سجّلها</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation type="unfinished">الملاحظات السرية</translation>
    </message>
    <message>
        <source>Consents — {case}</source>
        <extracomment>the directory kinds a consent may name (CPAS, municipality, integration agency, the centre&apos;s own entries)</extracomment>
        <translation type="unfinished">الموافقات — {case}</translation>
    </message>
    <message>
        <source>Other (say what below)</source>
        <translation type="unfinished">غير ذلك (اذكروه أدناه)</translation>
    </message>
    <message>
        <source>The whole family</source>
        <translation type="unfinished">العائلة كلها</translation>
    </message>
    <message>
        <source>A consent cannot be given in the future.</source>
        <translation type="unfinished">لا يمكن إعطاء الموافقة في المستقبل.</translation>
    </message>
    <message>
        <source>Not in the directory (type the name below)</source>
        <translation type="unfinished">غير موجود في الدليل (اكتبوا الاسم أدناه)</translation>
    </message>
    <message>
        <source>the whole family</source>
        <translation type="unfinished">العائلة كلها</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished">سُحبت الموافقة</translation>
    </message>
    <message>
        <source>Record that the consent to share “{what}” with {whom} was withdrawn today?</source>
        <translation type="unfinished">تسجيل أن الموافقة على مشاركة «{what}» مع {whom} قد سُحبت اليوم؟</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">مسحوبة</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished">لوحة المتابعة</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation type="unfinished">&amp;المرشد الاجتماعي</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation type="unfinished">ا&amp;لمحور</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> يوم</translation>
    </message>
    <message>
        <source>Due w&amp;ithin</source>
        <translation type="unfinished">مستحقة &amp;خلال</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation type="unfinished">&amp;تحديث</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished">تص&amp;دير…</translation>
    </message>
    <message>
        <source>The dashboard&apos;s counts and tables, every row, as an Excel or CSV file</source>
        <translation type="unfinished">أرقام لوحة المتابعة وجداولها، كل الصفوف، في ملف Excel أو CSV</translation>
    </message>
    <message>
        <source>Families by days left before leaving reception</source>
        <translation type="unfinished">العائلات حسب الأيام المتبقية قبل مغادرة الاستقبال</translation>
    </message>
    <message>
        <source>&amp;Families by days left</source>
        <translation type="unfinished">&amp;العائلات حسب الأيام المتبقية</translation>
    </message>
    <message>
        <source>Enter or a double click opens the family&apos;s checklist in the main window.</source>
        <translation type="unfinished">مفتاح Enter أو النقر المزدوج يفتح قائمة خطوات العائلة في النافذة الرئيسية.</translation>
    </message>
    <message>
        <source>&amp;Overdue steps</source>
        <translation type="unfinished">&amp;الخطوات المتأخرة</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation type="unfinished">الخطوات المتأخرة</translation>
    </message>
    <message>
        <source>Family &amp;reunification windows</source>
        <translation type="unfinished">&amp;مهل لمّ الشمل</translation>
    </message>
    <message>
        <source>Family reunification windows closing soon</source>
        <translation type="unfinished">مهل لمّ شمل الأسرة التي تنتهي قريبًا</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open the family.</source>
        <translation type="unfinished">انقر نقرًا مزدوجًا على صف (أو اضغط Enter) لفتح العائلة.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished">متأخرة</translation>
    </message>
    <message>
        <source>0–7 days</source>
        <translation type="unfinished">0–7 أيام</translation>
    </message>
    <message>
        <source>8–14 days</source>
        <translation type="unfinished">8–14 يومًا</translation>
    </message>
    <message>
        <source>15–30 days</source>
        <translation type="unfinished">15–30 يومًا</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished">31–60 يومًا</translation>
    </message>
    <message>
        <source>more than 60 days</source>
        <translation type="unfinished">أكثر من 60 يومًا</translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished">بلا تاريخ</translation>
    </message>
    <message>
        <source>Whole centre (all workers)</source>
        <translation type="unfinished">المركز كله (كل المرشدين الاجتماعيين)</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation type="unfinished">كل المحاور</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">جارٍ التحميل…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; families still in reception</source>
        <translation type="unfinished">&lt;b&gt;{n}&lt;/b&gt; عائلة ما زالت في الاستقبال</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; overdue steps</source>
        <translation type="unfinished">&lt;b&gt;{n}&lt;/b&gt; خطوة متأخرة</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; steps due within {days} days</source>
        <translation type="unfinished">&lt;b&gt;{n}&lt;/b&gt; خطوة مستحقة خلال {days} يومًا</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; family reunification windows closing within {days} days</source>
        <translation type="unfinished">&lt;b&gt;{n}&lt;/b&gt; مهلة لمّ شمل تنتهي خلال {days} يومًا</translation>
    </message>
    <message>
        <source>Days left before leaving reception — {buckets}</source>
        <translation type="unfinished">الأيام المتبقية قبل مغادرة الاستقبال — {buckets}</translation>
    </message>
    <message>
        <source>Each table shows the first {n} rows.</source>
        <translation type="unfinished">يعرض كل جدول أول {n} صفًا.</translation>
    </message>
    <message>
        <source>&amp;Families by days left ({n})</source>
        <translation type="unfinished">ال&amp;عائلات حسب الأيام المتبقية ({n})</translation>
    </message>
    <message>
        <source>&amp;Overdue steps ({n})</source>
        <translation type="unfinished">الخ&amp;طوات المتأخرة ({n})</translation>
    </message>
    <message>
        <source>Family &amp;reunification windows ({n})</source>
        <translation type="unfinished">&amp;مهل لمّ الشمل ({n})</translation>
    </message>
    <message>
        <source>Leave by</source>
        <translation type="unfinished">المغادرة قبل</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished">الأيام المتبقية</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">الملف</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">العائلة</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished">المرشد الاجتماعي</translation>
    </message>
    <message>
        <source>Open steps</source>
        <translation type="unfinished">الخطوات المفتوحة</translation>
    </message>
    <message>
        <source>{n} late</source>
        <translation type="unfinished">تأخير {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n steps overdue</source>
        <translation type="unfinished">
            <numerusform>لا توجد خطوات متأخرة</numerusform>
            <numerusform>خطوة واحدة متأخرة</numerusform>
            <numerusform>خطوتان متأخرتان</numerusform>
            <numerusform>%n خطوات متأخرة</numerusform>
            <numerusform>%n خطوة متأخرة</numerusform>
            <numerusform>%n خطوة متأخرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation type="unfinished">
            <numerusform>%n يوم تأخير</numerusform>
            <numerusform>تأخير يوم واحد</numerusform>
            <numerusform>تأخير يومين</numerusform>
            <numerusform>تأخير %n أيام</numerusform>
            <numerusform>تأخير %n يومًا</numerusform>
            <numerusform>تأخير %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Was due</source>
        <translation type="unfinished">كان موعدها</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished">أيام التأخير</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">الخطوة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Favourable window ends</source>
        <translation type="unfinished">نهاية الفترة الميسّرة</translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished">الطلب</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This database is protected by a passphrase. Enter the passphrase to open it.</source>
        <translation type="unfinished">قاعدة البيانات هذه محمية بعبارة مرور. أدخل عبارة المرور لفتحها.</translation>
    </message>
    <message>
        <source>This database is protected by a passphrase and no keyring is available: set TRANSITION_APP_PASSPHRASE to the passphrase.</source>
        <translation type="unfinished">قاعدة البيانات هذه محمية بعبارة مرور ولا يتوفر مخزن مفاتيح: اضبط TRANSITION_APP_PASSPHRASE على عبارة المرور.</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the database key: choose a passphrase to protect the new database.</source>
        <translation type="unfinished">لا يتوفر مخزن مفاتيح في النظام لحفظ مفتاح قاعدة البيانات: اختر عبارة مرور لحماية قاعدة البيانات الجديدة.</translation>
    </message>
    <message>
        <source>The key of this database is not in this computer&apos;s keyring ({reason}). Enter the recovery key to open the database; the key will be stored in the keyring again.</source>
        <translation type="unfinished">مفتاح قاعدة البيانات هذه غير موجود في مخزن مفاتيح هذا الحاسوب ({reason}). أدخل مفتاح الاسترداد لفتح قاعدة البيانات؛ وسيُحفظ المفتاح في مخزن المفاتيح من جديد.</translation>
    </message>
    <message>
        <source>The passphrase is not correct. The database has not been changed.</source>
        <translation type="unfinished">عبارة المرور غير صحيحة. لم تتغير قاعدة البيانات.</translation>
    </message>
    <message>
        <source>This recovery key does not open this database (it may belong to another one). The database has not been changed.</source>
        <translation type="unfinished">مفتاح الاسترداد هذا لا يفتح قاعدة البيانات هذه (ربما يخص قاعدة بيانات أخرى). لم تتغير قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The key does not open this database file. The file has not been changed.</source>
        <translation type="unfinished">المفتاح لا يفتح ملف قاعدة البيانات هذا. لم يتغير الملف.</translation>
    </message>
    <message>
        <source>This is not a valid recovery key; check it for typing mistakes. A recovery key has 14 groups of 4 letters and digits.</source>
        <translation type="unfinished">هذا ليس مفتاح استرداد صالحًا؛ تحقق من أخطاء الكتابة. يتكون مفتاح الاسترداد من 14 مجموعة من 4 حروف وأرقام.</translation>
    </message>
    <message>
        <source>This database is not encrypted. The file has not been changed.</source>
        <translation type="unfinished">قاعدة البيانات هذه غير مشفرة. لم يتغير الملف.</translation>
    </message>
    <message>
        <source>This file is not an encrypted Transition Assistant database, or it does not belong with its key information. The file has not been changed.</source>
        <translation type="unfinished">هذا الملف ليس قاعدة بيانات مشفرة لـ Transition Assistant، أو لا يتطابق مع معلومات مفتاحه. لم يتغير الملف.</translation>
    </message>
    <message>
        <source>The key information file next to the database cannot be read ({reason}). The database has not been changed; the recovery key can still open it.</source>
        <translation type="unfinished">تعذرت قراءة ملف معلومات المفتاح الموجود بجانب قاعدة البيانات ({reason}). لم تتغير قاعدة البيانات؛ ولا يزال مفتاح الاسترداد قادرًا على فتحها.</translation>
    </message>
    <message>
        <source>This database already has a key. Nothing has been changed.</source>
        <translation type="unfinished">لقاعدة البيانات هذه مفتاح بالفعل. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation type="unfinished">يجب أن تتكون عبارة المرور من {minimum} حرفًا على الأقل.</translation>
    </message>
    <message>
        <source>The key could not be stored in the keyring ({reason}). Choose a passphrase instead.</source>
        <translation type="unfinished">تعذر حفظ المفتاح في مخزن المفاتيح ({reason}). اختر عبارة مرور بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>no key information</source>
        <translation type="unfinished">لا توجد معلومات عن المفتاح</translation>
    </message>
    <message>
        <source>no system keyring</source>
        <translation type="unfinished">لا توجد حلقة مفاتيح للنظام</translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished">غير موجود</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation type="unfinished">لم يُحفظ</translation>
    </message>
    <message>
        <source>the keyring entry does not match</source>
        <translation type="unfinished">إدخال حلقة المفاتيح لا يطابق</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished">تالف</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished">صيغة غير معروفة</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the key of the new database: set TRANSITION_APP_PASSPHRASE to a passphrase (at least {minimum} characters) to protect it, or run the command in a terminal to type one.</source>
        <translation type="unfinished">لا تتوفر سلسلة مفاتيح للنظام لحفظ مفتاح قاعدة البيانات الجديدة: اضبط TRANSITION_APP_PASSPHRASE على عبارة مرور (لا تقل عن {minimum} حرفًا) لحمايتها، أو شغّل الأمر في طرفية لكتابة واحدة.</translation>
    </message>
    <message>
        <source>The key of this database is not in this computer&apos;s keyring: set TRANSITION_APP_RECOVERY_KEY to its recovery key (and TRANSITION_APP_PASSPHRASE if there is no keyring).</source>
        <translation type="unfinished">مفتاح قاعدة البيانات هذه غير موجود في مخزن مفاتيح هذا الحاسوب: اضبط TRANSITION_APP_RECOVERY_KEY على مفتاح الاسترداد الخاص بها (و TRANSITION_APP_PASSPHRASE إذا لم يوجد مخزن مفاتيح).</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Transition Assistant (schema {revision}). Install the newer version to open it; the file has not been changed.</source>
        <extracomment>The newest revision in ``migrations/versions`` (a test checks it matches Alembic&apos;s head).</extracomment>
        <translation type="unfinished">كُتبت قاعدة البيانات هذه بإصدار أحدث من Transition Assistant (المخطط {revision}). ثبّت الإصدار الأحدث لفتحها؛ لم يتغير الملف.</translation>
    </message>
    <message>
        <source>This file is not a Transition Assistant database; it has not been changed.</source>
        <translation type="unfinished">هذا الملف ليس قاعدة بيانات لـ Transition Assistant؛ لم يتغير.</translation>
    </message>
    <message>
        <source>Backups are made of the encrypted embedded database only; a server database is backed up with the server&apos;s own tools.</source>
        <translation type="unfinished">تُنشأ النسخ الاحتياطية لقاعدة البيانات المدمجة المشفرة فقط؛ أما قاعدة بيانات الخادم فتُنسخ احتياطيًا بأدوات الخادم نفسه.</translation>
    </message>
    <message>
        <source>Choose another file for the backup: this one belongs to the database itself.</source>
        <translation type="unfinished">اختر ملفًا آخر للنسخة الاحتياطية: هذا الملف يخص قاعدة البيانات نفسها.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished">المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <source>The backup could not be written ({reason}). No backup file was kept.</source>
        <translation type="unfinished">تعذرت كتابة النسخة الاحتياطية ({reason}). لم يُحتفظ بأي ملف نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The backup just written did not pass its check ({reason}); it was deleted. Try again, or write it to another disk.</source>
        <translation type="unfinished">لم تنجح النسخة الاحتياطية المكتوبة للتو في الفحص ({reason})؛ فحُذفت. حاول مرة أخرى، أو اكتبها على قرص آخر.</translation>
    </message>
    <message>
        <source>The backup file {file} does not exist. Nothing has been changed.</source>
        <translation type="unfinished">ملف النسخة الاحتياطية {file} غير موجود. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete ({reason}). Nothing has been changed.</source>
        <translation type="unfinished">ملف النسخة الاحتياطية هذا تالف أو غير مكتمل ({reason}). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This file is not a Transition Assistant backup. Nothing has been changed.</source>
        <translation type="unfinished">هذا الملف ليس نسخة احتياطية لـ Transition Assistant. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This file is an unencrypted database, not an encrypted backup. Nothing has been changed.</source>
        <translation type="unfinished">هذا الملف قاعدة بيانات غير مشفرة، وليس نسخة احتياطية مشفرة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This backup does not open with the key of this database: it was made from another database (give its recovery key to restore it) or it is damaged. Nothing has been changed.</source>
        <translation type="unfinished">لا تُفتح هذه النسخة الاحتياطية بمفتاح قاعدة البيانات هذه: فهي مأخوذة من قاعدة بيانات أخرى (أدخل مفتاح الاسترداد الخاص بها لاستعادتها) أو أنها تالفة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This recovery key does not open this backup (it may belong to another database), or the backup is damaged. Nothing has been changed.</source>
        <translation type="unfinished">مفتاح الاسترداد هذا لا يفتح هذه النسخة الاحتياطية (ربما يخص قاعدة بيانات أخرى)، أو أن النسخة الاحتياطية تالفة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>There is no database here yet: the recovery key of the backed-up database is needed to restore it on this computer. Nothing has been changed.</source>
        <translation type="unfinished">لا توجد قاعدة بيانات هنا بعد: يلزم مفتاح الاسترداد لقاعدة البيانات المنسوخة لاستعادتها على هذا الحاسوب. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Transition Assistant (schema {revision}). Install the newer version to restore it; nothing has been changed.</source>
        <translation type="unfinished">أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من Transition Assistant (المخطط {revision}). ثبّت الإصدار الأحدث لاستعادتها؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The database is open in another window or program: close Transition Assistant everywhere else, then restore again. Nothing has been changed.</source>
        <translation type="unfinished">قاعدة البيانات مفتوحة في نافذة أو برنامج آخر: أغلق Transition Assistant في كل مكان آخر، ثم أعد الاستعادة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished">الملف فارغ</translation>
    </message>
    <message>
        <source>it does not hold the rows its list of contents names</source>
        <translation type="unfinished">لا يحتوي على الصفوف التي تذكرها قائمة محتوياته</translation>
    </message>
    <message>
        <source>its rows differ from those of the database</source>
        <translation type="unfinished">صفوفه تختلف عن صفوف قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd</source>
        <comment>hint of a date field: the day</comment>
        <translation type="unfinished">يوم</translation>
    </message>
    <message>
        <source>mm</source>
        <comment>hint of a date field: the month</comment>
        <translation type="unfinished">شهر</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>hint of a date field: the year</comment>
        <translation type="unfinished">سنة</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished">التقويم</translation>
    </message>
    <message>
        <source>Arrow keys move between days, Page Up and Page Down between months; Enter chooses the day, Escape closes the calendar.</source>
        <translation type="unfinished">تنقل مفاتيح الأسهم بين الأيام، و Page Up و Page Down بين الأشهر؛ يختار Enter اليوم، ويغلق Escape التقويم.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished">ال&amp;يوم</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished">م&amp;سح</translation>
    </message>
    <message>
        <source>Leave the date empty (Ctrl+Delete in the field)</source>
        <translation type="unfinished">ترك التاريخ فارغًا (Ctrl+Delete في الحقل)</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation type="unfinished">التقويم (Alt+السهم السفلي)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation type="unfinished">فتح التقويم</translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation type="unfinished">يلزم إدخال تاريخ هنا.</translation>
    </message>
    <message>
        <source>The date cannot be before {date}.</source>
        <translation type="unfinished">لا يمكن أن يكون التاريخ قبل {date}.</translation>
    </message>
    <message>
        <source>The date cannot be after {date}.</source>
        <translation type="unfinished">لا يمكن أن يكون التاريخ بعد {date}.</translation>
    </message>
    <message>
        <source>{hint} (required)</source>
        <translation type="unfinished">{hint} (إلزامي)</translation>
    </message>
    <message>
        <source>Date, typed as {hint}; Alt+Down opens a calendar.</source>
        <translation type="unfinished">تاريخ يُكتب بالشكل {hint}؛ يفتح Alt+السهم السفلي التقويم.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished">إلزامي.</translation>
    </message>
    <message>
        <source>Optional: Ctrl+Delete empties it.</source>
        <translation type="unfinished">اختياري: يفرغه Ctrl+Delete.</translation>
    </message>
    <message>
        <source>Type the year with four digits, e.g. {example}.</source>
        <translation type="unfinished">اكتب السنة بأربعة أرقام، مثل {example}.</translation>
    </message>
    <message>
        <source>The year is missing: type the date as {hint}.</source>
        <translation type="unfinished">السنة ناقصة: اكتب التاريخ بالشكل {hint}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: there is no month {month}.</source>
        <translation type="unfinished">«{text}» ليس تاريخًا: لا يوجد شهر رقم {month}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: {month} {year} has {days} days.</source>
        <translation type="unfinished">«{text}» ليس تاريخًا: شهر {month} {year} فيه {days} يومًا.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as {hint}, e.g. {example}.</source>
        <translation type="unfinished">«{text}» ليس تاريخًا. اكتبه بالشكل {hint}، مثل {example}.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>The extensions add up to {total} months, more than the configured maximum of {maximum} months.</source>
        <extracomment>The warning of ``reception_exit`` when the extensions go beyond the rule&apos;s maximum (marked for translation: the interface shows it, translated, before such an extension is saved).</extracomment>
        <translation type="unfinished">مجموع التمديدات {total} أشهر، وهو أكثر من الحد الأقصى المحدد البالغ {maximum} أشهر.</translation>
    </message>
    <message>
        <source>Leave the reception centre</source>
        <translation type="unfinished">مغادرة مركز الاستقبال</translation>
    </message>
    <message>
        <source>Transition interview</source>
        <translation type="unfinished">مقابلة الانتقال</translation>
    </message>
    <message>
        <source>Resident chooses how to leave</source>
        <translation type="unfinished">المقيم يختار طريقة المغادرة</translation>
    </message>
    <message>
        <source>Family reunification</source>
        <translation type="unfinished">لمّ شمل الأسرة</translation>
    </message>
    <message>
        <source>Ask the CPAS/OCMW for the rental guarantee</source>
        <translation type="unfinished">طلب ضمان الإيجار من CPAS/OCMW</translation>
    </message>
    <message>
        <source>CPAS/OCMW decision on integration income</source>
        <translation type="unfinished">قرار CPAS/OCMW بشأن دخل الاندماج</translation>
    </message>
    <message>
        <source>Declare the new address</source>
        <translation type="unfinished">التصريح بالعنوان الجديد</translation>
    </message>
    <message>
        <source>Renew the A card</source>
        <translation type="unfinished">تجديد البطاقة A</translation>
    </message>
    <message>
        <source>Unlimited stay (B card) possible</source>
        <translation type="unfinished">الإقامة غير المحدودة (البطاقة B) ممكنة</translation>
    </message>
    <message>
        <source>Integration path</source>
        <translation type="unfinished">مسار الاندماج</translation>
    </message>
    <message>
        <source>Register for the integration path</source>
        <translation type="unfinished">التسجيل في مسار الاندماج</translation>
    </message>
    <message>
        <source>Finish the integration path</source>
        <translation type="unfinished">إتمام مسار الاندماج</translation>
    </message>
</context>
<context>
    <name>DirectoryEditorDialog</name>
    <message>
        <source>Directory of services</source>
        <translation type="unfinished">دليل الخدمات</translation>
    </message>
    <message>
        <source>Municipalities, their CPAS/OCMW and the integration agencies come with the application: add their address and opening hours here. Add the NGOs and offices your centre works with. What is entered here is used instead of what comes with the application.</source>
        <translation type="unfinished">البلديات ومكاتب المساعدة الاجتماعية التابعة لها وجهات الاندماج مرفقة مع البرنامج: أضف هنا عناوينها وساعات عملها. أضف المنظمات غير الحكومية والجهات التي يتعامل معها مركزك. ما يُدخل هنا يُستخدم بدلاً مما هو مرفق مع البرنامج.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished">&amp;بحث:</translation>
    </message>
    <message>
        <source>name, address, postcode or municipality</source>
        <translation type="unfinished">الاسم أو العنوان أو الرمز البريدي أو البلدية</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished">&amp;عرض:</translation>
    </message>
    <message>
        <source>&amp;Only entries added or edited here</source>
        <translation type="unfinished">&amp;فقط الإدخالات المضافة أو المعدلة هنا</translation>
    </message>
    <message>
        <source>Directory entries</source>
        <translation type="unfinished">إدخالات الدليل</translation>
    </message>
    <message>
        <source>Choose an entry to see or change it below; Delete removes an entry added here, after asking.</source>
        <translation type="unfinished">اختر إدخالاً لرؤيته أو تعديله أدناه؛ مفتاح Delete يحذف إدخالاً أُضيف هنا، بعد السؤال.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished">الإدخال</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">&amp;الاسم</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished">ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Place for</source>
        <translation type="unfinished">المكان ال&amp;خاص بـ</translation>
    </message>
    <message>
        <source>The checklist steps that send the family to this kind of place show this entry under &quot;Where to go&quot;.</source>
        <translation type="unfinished">خطوات القائمة التي ترسل العائلة إلى هذا النوع من الأماكن تعرض هذا الإدخال تحت «إلى أين تذهب».</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished">ا&amp;لعنوان</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation type="unfinished">الشارع والرقم</translation>
    </message>
    <message>
        <source>checked on</source>
        <translation type="unfinished">تم التحقق في</translation>
    </message>
    <message>
        <source>Date the address was checked</source>
        <translation type="unfinished">تاريخ التحقق من العنوان</translation>
    </message>
    <message>
        <source>The day this was last checked (by phone, on the website, by letter). Changing the value sets it to today.</source>
        <translation type="unfinished">آخر يوم تم فيه التحقق (بالهاتف أو على الموقع أو برسالة). تغيير القيمة يضع تاريخ اليوم.</translation>
    </message>
    <message>
        <source>Postco&amp;de</source>
        <translation type="unfinished">ال&amp;رمز البريدي</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished">البلدية</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished">ال&amp;هاتف</translation>
    </message>
    <message>
        <source>Date the phone number was checked</source>
        <translation type="unfinished">تاريخ التحقق من رقم الهاتف</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished">البر&amp;يد الإلكتروني</translation>
    </message>
    <message>
        <source>Date the e-mail address was checked</source>
        <translation type="unfinished">تاريخ التحقق من عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>We&amp;bsite</source>
        <translation type="unfinished">الم&amp;وقع الإلكتروني</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished">https://…</translation>
    </message>
    <message>
        <source>Opening ho&amp;urs</source>
        <translation type="unfinished">&amp;ساعات العمل</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday 8:30–12:00, by appointment in the afternoon</source>
        <translation type="unfinished">مثلاً: من الاثنين إلى الجمعة 8:30–12:00، وبموعد مسبق بعد الظهر</translation>
    </message>
    <message>
        <source>Date the opening hours were checked</source>
        <translation type="unfinished">تاريخ التحقق من ساعات العمل</translation>
    </message>
    <message>
        <source>&amp;Languages spoken</source>
        <translation type="unfinished">الل&amp;غات المحكية</translation>
    </message>
    <message>
        <source>language codes, e.g. fr nl en ar</source>
        <translation type="unfinished">رموز اللغات، مثلاً fr nl en ar</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished">&amp;ملاحظات</translation>
    </message>
    <message>
        <source>The address ma&amp;y be wrong: letters ask for it before printing it</source>
        <translation type="unfinished">قد يكون العنوان &amp;خاطئًا: تطلبه الرسائل قبل طباعته</translation>
    </message>
    <message>
        <source>New ent&amp;ry</source>
        <translation type="unfinished">&amp;إدخال جديد</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished">&amp;حفظ</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished">&amp;حذف…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">إغلا&amp;ق</translation>
    </message>
    <message>
        <source>CPAS / OCMW</source>
        <translation type="unfinished">مكتب المساعدة الاجتماعية (CPAS/OCMW)</translation>
    </message>
    <message>
        <source>Integration agency</source>
        <translation type="unfinished">جهة الاندماج</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished">منظمة غير حكومية</translation>
    </message>
    <message>
        <source>Other office</source>
        <translation type="unfinished">جهة أخرى</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation type="unfinished">مركز الاستقبال</translation>
    </message>
    <message>
        <source>CGRS</source>
        <translation type="unfinished">CGRA/CGVS (المفوضية العامة)</translation>
    </message>
    <message>
        <source>Immigration Office</source>
        <translation type="unfinished">مكتب الأجانب (Office des étrangers / DVZ)</translation>
    </message>
    <message>
        <source>Municipality (population service)</source>
        <translation type="unfinished">البلدية (مصلحة السكان)</translation>
    </message>
    <message>
        <source>Local police</source>
        <translation type="unfinished">الشرطة المحلية</translation>
    </message>
    <message>
        <source>CPAS / OCMW of the new home</source>
        <translation type="unfinished">مكتب المساعدة الاجتماعية (CPAS/OCMW) في مكان السكن الجديد</translation>
    </message>
    <message>
        <source>Health insurance fund</source>
        <translation type="unfinished">صندوق التأمين الصحي</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished">البنك</translation>
    </message>
    <message>
        <source>Housing (landlords, social housing)</source>
        <translation type="unfinished">السكن (المؤجرون، السكن الاجتماعي)</translation>
    </message>
    <message>
        <source>Employment agency</source>
        <translation type="unfinished">مكتب التشغيل</translation>
    </message>
    <message>
        <source>Child benefit fund</source>
        <translation type="unfinished">صندوق إعانات الأطفال</translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished">المدرسة</translation>
    </message>
    <message>
        <source>Belgian embassy or consulate</source>
        <translation type="unfinished">سفارة أو قنصلية بلجيكا</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished">الطبيب</translation>
    </message>
    <message>
        <source>NGO or social service</source>
        <translation type="unfinished">منظمة غير حكومية أو خدمة اجتماعية</translation>
    </message>
    <message>
        <source>Comes with the application</source>
        <translation type="unfinished">مرفق مع البرنامج</translation>
    </message>
    <message>
        <source>Comes with the application, edited here</source>
        <translation type="unfinished">مرفق مع البرنامج، وعُدّل هنا</translation>
    </message>
    <message>
        <source>Added here</source>
        <translation type="unfinished">أُضيف هنا</translation>
    </message>
    <message>
        <source>Everything</source>
        <extracomment>the checked-date field -&gt; (its DateEdit, the edits of the detail it dates)</extracomment>
        <translation type="unfinished">الكل</translation>
    </message>
    <message>
        <source>(not linked to a step)</source>
        <translation type="unfinished">(غير مرتبط بخطوة)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">ساعات العمل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">الهاتف</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">المصدر</translation>
    </message>
    <message>
        <source>A check cannot be in the future.</source>
        <translation type="unfinished">لا يمكن أن يكون التحقق في المستقبل.</translation>
    </message>
    <message>
        <source>&amp;Only entries added or edited by the centre</source>
        <translation type="unfinished">&amp;فقط الإدخالات التي أضافها المركز أو عدّلها</translation>
    </message>
    <message>
        <source>Addresses and opening hours of the CPAS/OCMW, municipalities, integration agencies and the NGOs and offices the centre works with. Only a social worker or a coordinator can change them.</source>
        <translation type="unfinished">عناوين وساعات عمل مكاتب المساعدة الاجتماعية (CPAS/OCMW) والبلديات وجهات الاندماج، والمنظمات غير الحكومية والجهات التي يتعامل معها المركز. لا يمكن تغييرها إلا للمرشد الاجتماعي أو المنسق.</translation>
    </message>
    <message>
        <source>Entries shown: {count}</source>
        <translation type="unfinished">الإدخالات المعروضة: {count}</translation>
    </message>
    <message>
        <source>Re&amp;move local details…</source>
        <translation type="unfinished">ح&amp;ذف البيانات المحلية…</translation>
    </message>
    <message>
        <source>A new entry: an NGO or an office the centre works with.</source>
        <translation type="unfinished">إدخال جديد: منظمة غير حكومية أو جهة يتعامل معها المركز.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished">إدخال جديد</translation>
    </message>
    <message>
        <source>the name comes with the application; what you enter below is used instead of the shipped data.</source>
        <translation type="unfinished">الاسم مرفق مع البرنامج؛ ما تدخله أدناه يُستخدم بدلاً من البيانات المرفقة.</translation>
    </message>
    <message>
        <source>Last changed by {name}.</source>
        <translation type="unfinished">آخر تعديل بواسطة {name}.</translation>
    </message>
    <message>
        <source>from the postcode</source>
        <translation type="unfinished">حسب الرمز البريدي</translation>
    </message>
    <message>
        <source>Remove what was entered here for “{name}”? The entry comes back as it is shipped with the application.</source>
        <translation type="unfinished">حذف ما أُدخل هنا بشأن «{name}»؟ يعود الإدخال كما هو مرفق مع البرنامج.</translation>
    </message>
    <message>
        <source>Remove “{name}” from the directory? Steps will no longer show it under “Where to go”.</source>
        <translation type="unfinished">حذف «{name}» من الدليل؟ لن تعرضه الخطوات بعد ذلك تحت «إلى أين تذهب».</translation>
    </message>
    <message>
        <source>Remove from the directory</source>
        <translation type="unfinished">حذف من الدليل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">حذف</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished">معاينة</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished">الصفحة السابقة (Page Up)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished">الصفحة السابقة</translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished">▶</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation type="unfinished">&amp;الصفحة</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished">رقم الصفحة</translation>
    </message>
    <message>
        <source>of 1</source>
        <translation type="unfinished">من 1</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished">الصفحة التالية (Page Down)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished">الصفحة التالية</translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished">◀</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished">تصغير (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished">تصغير</translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished">−</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished">التكبير</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished">تكبير (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished">تكبير</translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished">+</translation>
    </message>
    <message>
        <source>The preview is kept in memory only. A saved PDF or DOCX file is not encrypted: it is a plain copy of personal data. Keep it only as long as it is needed.</source>
        <translation type="unfinished">تُحفظ المعاينة في الذاكرة فقط. ملف PDF أو DOCX المحفوظ غير مشفر: إنه نسخة عادية من بيانات شخصية. احتفظ به فقط طالما كانت هناك حاجة إليه.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;طباعة…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished">حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as DO&amp;CX…</source>
        <translation type="unfinished">حفظ بصيغة &amp;DOCX…</translation>
    </message>
    <message>
        <source>Document preview</source>
        <extracomment>``save(fmt, path, data)`` writes (and e.g. records) a saved file; ``print(pages)`` records a print.</extracomment>
        <translation type="unfinished">معاينة المستند</translation>
    </message>
    <message>
        <source>Arrow keys scroll the page; Page Up and Page Down go to the previous or next page.</source>
        <translation type="unfinished">مفاتيح الأسهم تمرّر الصفحة؛ Page Up وPage Down تنتقلان إلى الصفحة السابقة أو التالية.</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished">ملاءمة العرض</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation type="unfinished">من {count}</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished">تعذر تشغيل الطابعة.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished">حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>Save as DOCX</source>
        <translation type="unfinished">حفظ بصيغة DOCX</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished">مستندات Word (*.docx)</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation type="unfinished">تعذر حفظ الملف.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished">تم الحفظ</translation>
    </message>
    <message>
        <source>Saved {file}.

This file is not encrypted: it is a plain copy of personal data. Keep it only as long as it is needed, and delete it afterwards.</source>
        <translation type="unfinished">تم حفظ {file}.

هذا الملف غير مشفر: إنه نسخة عادية من بيانات شخصية. احتفظ به فقط طالما كانت هناك حاجة إليه، ثم احذفه.</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished">&amp;وثائق</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation type="unfinished">&amp;رسالة…</translation>
    </message>
    <message>
        <source>A letter to an authority, with a copy for the family</source>
        <translation type="unfinished">رسالة إلى جهة رسمية، مع نسخة للعائلة</translation>
    </message>
    <message>
        <source>&amp;Handover dossier…</source>
        <translation type="unfinished">&amp;ملف التسليم…</translation>
    </message>
    <message>
        <source>The family&apos;s file for the next actor</source>
        <translation type="unfinished">ملف العائلة للجهة التالية</translation>
    </message>
    <message>
        <source>Dossiers for families leaving &amp;soon…</source>
        <translation type="unfinished">ملفات للعائلات التي ستغادر &amp;قريبًا…</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Handover dossier</source>
        <translation type="unfinished">ملف التسليم</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished">&amp;المستلم</translation>
    </message>
    <message>
        <source>&amp;Name of the recipient</source>
        <translation type="unfinished">ا&amp;سم المستلم</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished">اختياري</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">ال&amp;لغة</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished">الأقسام</translation>
    </message>
    <message>
        <source>The sections ticked for a recipient are the minimum they need. Share no more than necessary.</source>
        <translation type="unfinished">الأقسام المؤشَّر عليها لكل مستلم هي الحد الأدنى الذي يحتاجه. لا تشارك أكثر من اللازم.</translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation type="unfinished">صفحة الغلاف</translation>
    </message>
    <message>
        <source>Household composition</source>
        <translation type="unfinished">تكوين الأسرة</translation>
    </message>
    <message>
        <source>Protection status and key dates</source>
        <translation type="unfinished">وضع الحماية والتواريخ المهمة</translation>
    </message>
    <message>
        <source>Exit-support checklist</source>
        <translation type="unfinished">قائمة خطوات المغادرة</translation>
    </message>
    <message>
        <source>Contacts and referrals</source>
        <translation type="unfinished">جهات الاتصال والإحالات</translation>
    </message>
    <message>
        <source>Documents obtained and still missing</source>
        <translation type="unfinished">الوثائق التي تم الحصول عليها والتي ما زالت ناقصة</translation>
    </message>
    <message>
        <source>Handover notes</source>
        <translation type="unfinished">ملاحظات التسليم</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation type="unfinished">الملاحظات السرية</translation>
    </message>
    <message>
        <source>Confidential notes will be in this dossier. Include them only when the recipient needs them and the family agreed.</source>
        <translation type="unfinished">ستكون الملاحظات السرية في هذا الملف. أدرجها فقط إذا احتاجها المستلم ووافقت العائلة.</translation>
    </message>
    <message>
        <source>CPAS/OCMW</source>
        <translation type="unfinished">مكتب المساعدة الاجتماعية (CPAS/OCMW)</translation>
    </message>
    <message>
        <source>Local reception initiative (LOI/ILA)</source>
        <translation type="unfinished">مبادرة الاستقبال المحلية (LOI/ILA)</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished">منظمة غير حكومية</translation>
    </message>
    <message>
        <source>Administrative buddy</source>
        <translation type="unfinished">مرافق إداري</translation>
    </message>
    <message>
        <source>Next social worker</source>
        <translation type="unfinished">المرشد الاجتماعي التالي</translation>
    </message>
    <message>
        <source>Each recipient&apos;s language</source>
        <translation type="unfinished">لغة كل جهة مستلمة</translation>
    </message>
    <message>
        <source>Summary (always first)</source>
        <translation type="unfinished">الملخص (دائمًا في البداية)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished">&amp;معاينة…</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation type="unfinished">لا توجد موافقة مسجّلة</translation>
    </message>
    <message>
        <source>The family has not given its consent to share a handover dossier with this recipient. Why must it be shared anyway? The reason is kept in the audit log: write no personal details.</source>
        <translation type="unfinished">لم تُعطِ العائلة موافقتها على مشاركة ملف التسليم مع هذه الجهة. لماذا يجب مشاركته رغم ذلك؟ يُحفظ السبب في سجل التدقيق: لا تكتب فيه أي بيانات شخصية.</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">تحر&amp;ير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Undo “{action}”</source>
        <translation type="unfinished">&amp;تراجع عن «{action}»</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The action could not be completed. Please try again.</source>
        <translation type="unfinished">تعذر إتمام الإجراء. يُرجى المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ExportListDialog</name>
    <message>
        <source>Export a list</source>
        <translation type="unfinished">تصدير قائمة</translation>
    </message>
    <message>
        <source>Which list</source>
        <translation type="unfinished">أيّ قائمة</translation>
    </message>
    <message>
        <source>The &amp;family list, as filtered in the main window</source>
        <translation type="unfinished">&amp;قائمة العائلات، كما هي مصفّاة في النافذة الرئيسية</translation>
    </message>
    <message>
        <source>The &amp;due list: open steps due within</source>
        <translation type="unfinished">قائمة الا&amp;ستحقاقات: الخطوات المفتوحة المستحقة خلال</translation>
    </message>
    <message>
        <source>Days ahead for the due list</source>
        <translation type="unfinished">عدد الأيام لقائمة الاستحقاقات</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> يوم</translation>
    </message>
    <message>
        <source>and the overdue ones</source>
        <translation type="unfinished">والمتأخرة منها</translation>
    </message>
    <message>
        <source>The da&amp;shboard: its counts and its three tables, every row</source>
        <translation type="unfinished">&amp;لوحة المتابعة: أرقامها وجداولها الثلاثة، كل الصفوف</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished">ال&amp;صيغة</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished">&amp;تصدير…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">إل&amp;غاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">إغلاق</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <extracomment>(format, CSV separator) of each choice of the format list</extracomment>
        <translation type="unfinished">مصنف Excel ⁦(.xlsx)⁩</translation>
    </message>
    <message>
        <source>CSV for Excel in Belgium (fields separated by ;)</source>
        <translation type="unfinished">CSV لبرنامج Excel في بلجيكا (الحقول مفصولة بـ ⁦;⁩)</translation>
    </message>
    <message>
        <source>CSV with commas (fields separated by ,)</source>
        <translation type="unfinished">CSV بفواصل (الحقول مفصولة بـ ⁦,⁩)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">التقدّم</translation>
    </message>
    <message>
        <source>Only the families the list shows now (its search and filters).</source>
        <translation type="unfinished">العائلات التي تعرضها القائمة الآن فقط (بحثها ومرشحاتها).</translation>
    </message>
    <message>
        <source>Every family of the list but the archived ones.</source>
        <translation type="unfinished">كل عائلات القائمة ما عدا المؤرشفة.</translation>
    </message>
    <message>
        <source>With the dashboard&apos;s filters, due within {days} days.</source>
        <translation type="unfinished">بمرشحات لوحة المتابعة، المستحقة خلال {days} يومًا.</translation>
    </message>
    <message>
        <source>Every worker and every track, due within {days} days.</source>
        <translation type="unfinished">كل المرشدين وكل المحاور، المستحقة خلال {days} يومًا.</translation>
    </message>
    <message>
        <source>The protection status and the decision date are included: your role may see them.</source>
        <translation type="unfinished">صفة الحماية وتاريخ القرار مشمولان: يسمح دورك برؤيتهما.</translation>
    </message>
    <message>
        <source>Without the protection decision: your role does not show it.</source>
        <translation type="unfinished">بدون قرار الحماية: دورك لا يعرضه.</translation>
    </message>
    <message>
        <source>National register numbers, contacts and notes are never in a list. The file is not encrypted: keep it safe and delete it when done.</source>
        <translation type="unfinished">لا تظهر أرقام السجل الوطني ولا وسائل الاتصال ولا الملاحظات في أي قائمة. الملف غير مشفّر: احفظه في مكان آمن واحذفه عند الانتهاء.</translation>
    </message>
    <message>
        <source>family-list</source>
        <translation type="unfinished">قائمة-العائلات</translation>
    </message>
    <message>
        <source>due-within-{days}-days</source>
        <translation type="unfinished">المستحقة-خلال-{days}-يوما</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation type="unfinished">لوحة-المتابعة</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished">مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished">ملف CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the list as</source>
        <translation type="unfinished">حفظ القائمة باسم</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished">جارٍ كتابة الملف…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">جارٍ الإلغاء…</translation>
    </message>
    <message numerus="yes">
        <source>The family list was saved (%n rows) in {file}.</source>
        <translation type="unfinished">
            <numerusform>حُفظت قائمة العائلات (بلا صفوف) في {file}.</numerusform>
            <numerusform>حُفظت قائمة العائلات (صف واحد) في {file}.</numerusform>
            <numerusform>حُفظت قائمة العائلات (صفّان) في {file}.</numerusform>
            <numerusform>حُفظت قائمة العائلات (%n صفوف) في {file}.</numerusform>
            <numerusform>حُفظت قائمة العائلات (%n صفًا) في {file}.</numerusform>
            <numerusform>حُفظت قائمة العائلات (%n صف) في {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The due list was saved (%n rows) in {file}.</source>
        <translation type="unfinished">
            <numerusform>حُفظت قائمة الاستحقاقات (بلا صفوف) في {file}.</numerusform>
            <numerusform>حُفظت قائمة الاستحقاقات (صف واحد) في {file}.</numerusform>
            <numerusform>حُفظت قائمة الاستحقاقات (صفّان) في {file}.</numerusform>
            <numerusform>حُفظت قائمة الاستحقاقات (%n صفوف) في {file}.</numerusform>
            <numerusform>حُفظت قائمة الاستحقاقات (%n صفًا) في {file}.</numerusform>
            <numerusform>حُفظت قائمة الاستحقاقات (%n صف) في {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dashboard was saved (%n rows) in {file}.</source>
        <translation type="unfinished">
            <numerusform>حُفظت لوحة المتابعة (بلا صفوف) في {file}.</numerusform>
            <numerusform>حُفظت لوحة المتابعة (صف واحد) في {file}.</numerusform>
            <numerusform>حُفظت لوحة المتابعة (صفّان) في {file}.</numerusform>
            <numerusform>حُفظت لوحة المتابعة (%n صفوف) في {file}.</numerusform>
            <numerusform>حُفظت لوحة المتابعة (%n صفًا) في {file}.</numerusform>
            <numerusform>حُفظت لوحة المتابعة (%n صف) في {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;list…</source>
        <translation type="unfinished">تصدير &amp;قائمة…</translation>
    </message>
    <message>
        <source>The family list, the due list or the dashboard as an Excel or CSV file</source>
        <translation type="unfinished">قائمة العائلات أو قائمة الاستحقاقات أو لوحة المتابعة في ملف Excel أو CSV</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Extension of the stay in reception</source>
        <translation type="unfinished">تمديد الإقامة في الاستقبال</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished">ال&amp;مدة</translation>
    </message>
    <message>
        <source>Length of the extension in months</source>
        <translation type="unfinished">مدة التمديد بالأشهر</translation>
    </message>
    <message>
        <source>&amp;Granted on</source>
        <translation type="unfinished">مُنح &amp;في</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">ال&amp;سبب</translation>
    </message>
    <message>
        <source>e.g. no housing found despite an active search</source>
        <translation type="unfinished">مثلًا: لم يُعثر على سكن رغم البحث النشط</translation>
    </message>
    <message>
        <source>Warning of the rules</source>
        <translation type="unfinished">تحذير القواعد</translation>
    </message>
    <message>
        <source>Why go &amp;beyond the maximum?</source>
        <translation type="unfinished">لماذا &amp;تجاوز الحد الأقصى؟</translation>
    </message>
    <message>
        <source>e.g. agreed by Fedasil on 20 November (medical treatment)</source>
        <translation type="unfinished">مثلًا: وافقت Fedasil في 20 نوفمبر (علاج طبي)</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation type="unfinished">مشاكل يجب تصحيحها</translation>
    </message>
    <message>
        <source>&lt;b&gt;Beyond the maximum.&lt;/b&gt; {rule} This maximum is uncertain and set in the rule data; go beyond it only with an agreement, and say why below.</source>
        <translation type="unfinished">&lt;b&gt;تجاوز الحد الأقصى.&lt;/b&gt; {rule} هذا الحد الأقصى غير مؤكد ومحدد في بيانات القواعد؛ لا تتجاوزه إلا بموافقة، واذكر السبب أدناه.</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> أشهر</translation>
    </message>
    <message>
        <source>Last day in reception: {before} now, {after} with this extension.</source>
        <translation type="unfinished">آخر يوم في الاستقبال: {before} الآن، و{after} مع هذا التمديد.</translation>
    </message>
</context>
<context>
    <name>FamilyEditDialog</name>
    <message>
        <source>Family</source>
        <translation type="unfinished">العائلة</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation type="unfinished">ال&amp;أسرة</translation>
    </message>
    <message>
        <source>Case &amp;number</source>
        <translation type="unfinished">&amp;رقم الملف</translation>
    </message>
    <message>
        <source>Generated when left empty</source>
        <translation type="unfinished">يُنشأ تلقائيًا إذا تُرك فارغًا</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished">&amp;الحالة</translation>
    </message>
    <message>
        <source>Social &amp;worker</source>
        <translation type="unfinished">ا&amp;لمرشد الاجتماعي</translation>
    </message>
    <message>
        <source>&amp;Arrival date</source>
        <translation type="unfinished">&amp;تاريخ الوصول</translation>
    </message>
    <message>
        <source>E&amp;xit date</source>
        <translation type="unfinished">تار&amp;يخ المغادرة</translation>
    </message>
    <message>
        <source>Mo&amp;ving to (municipality)</source>
        <translation type="unfinished">الانتقال إلى (ال&amp;بلدية)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished">الأ&amp;فراد</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation type="unfinished">أفراد الأسرة</translation>
    </message>
    <message>
        <source>The selected member&apos;s details are below the list. Delete removes the selected member, after asking.</source>
        <translation type="unfinished">بيانات الفرد المحدد تحت القائمة. مفتاح Delete يحذف الفرد المحدد، بعد السؤال.</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation type="unfinished">&amp;حذف الفرد</translation>
    </message>
    <message>
        <source>Selected member</source>
        <translation type="unfinished">الفرد المحدد</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation type="unfinished">الاسم &amp;الشخصي</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished">اسم ال&amp;عائلة</translation>
    </message>
    <message>
        <source>Re&amp;lation</source>
        <translation type="unfinished">&amp;صلة القرابة</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation type="unfinished">ال&amp;جنس</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished">&amp;تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Nat&amp;ionality</source>
        <translation type="unfinished">ا&amp;لجنسية</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected language.</source>
        <translation type="unfinished">مفتاح المسافة يؤشّر على اللغة المحددة أو يزيل التأشير.</translation>
    </message>
    <message>
        <source>&amp;Preferred language</source>
        <translation type="unfinished">الل&amp;غة المفضلة</translation>
    </message>
    <message>
        <source>YY.MM.DD-XXX.CC</source>
        <translation type="unfinished">YY.MM.DD-XXX.CC</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">المكان</translation>
    </message>
    <message>
        <source>In Belgium (untick if abroad, awaiting reunification)</source>
        <translation type="unfinished">في بلجيكا (أزل العلامة إذا كان الشخص في الخارج بانتظار لمّ الشمل)</translation>
    </message>
    <message>
        <source>Card n&amp;umber</source>
        <translation type="unfinished">&amp;رقم البطاقة</translation>
    </message>
    <message>
        <source>Reception c&amp;entre</source>
        <translation type="unfinished">&amp;مركز الاستقبال</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished">&amp;إضافة فرد</translation>
    </message>
    <message>
        <source>La&amp;nguages spoken</source>
        <translation type="unfinished">اللغات ال&amp;محكية</translation>
    </message>
    <message>
        <source>Na&amp;tional register number</source>
        <translation type="unfinished">رقم ال&amp;سجل الوطني</translation>
    </message>
    <message>
        <source>R&amp;esidence card</source>
        <translation type="unfinished">&amp;بطاقة الإقامة</translation>
    </message>
    <message>
        <source>Card expire&amp;s</source>
        <translation type="unfinished">صلاح&amp;ية البطاقة حتى</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished">ال&amp;قرار</translation>
    </message>
    <message>
        <source>Protection granted</source>
        <translation type="unfinished">الحماية الممنوحة</translation>
    </message>
    <message>
        <source>Protection &amp;status</source>
        <translation type="unfinished">&amp;وضع الحماية</translation>
    </message>
    <message>
        <source>Decided &amp;by</source>
        <translation type="unfinished">&amp;الجهة المقررة</translation>
    </message>
    <message>
        <source>Asylum &amp;application date</source>
        <translation type="unfinished">تاريخ &amp;طلب اللجوء</translation>
    </message>
    <message>
        <source>D&amp;ecision date</source>
        <translation type="unfinished">&amp;تاريخ القرار</translation>
    </message>
    <message>
        <source>&amp;Notification date</source>
        <translation type="unfinished">تا&amp;ريخ التبليغ</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished">ال&amp;مرجع</translation>
    </message>
    <message>
        <source>CGRS file number</source>
        <translation type="unfinished">رقم الملف لدى CGRA/CGVS</translation>
    </message>
    <message>
        <source>Immigration Office (OE/DV&amp;Z) number</source>
        <translation type="unfinished">رقم مكتب الأجانب (OE/DV&amp;Z)</translation>
    </message>
    <message>
        <source>e.g. 8.123.456</source>
        <translation type="unfinished">مثلًا 8.123.456</translation>
    </message>
    <message>
        <source>The family&apos;s file number at the Office des Etrangers / Dienst Vreemdelingenzaken, as on its letters. A CPAS asks for it.</source>
        <translation type="unfinished">رقم ملف العائلة لدى مكتب الأجانب (Office des Etrangers / Dienst Vreemdelingenzaken) كما يظهر في رسائله. يطلبه مركز الرعاية الاجتماعية (CPAS/OCMW).</translation>
    </message>
    <message>
        <source>New h&amp;ome</source>
        <translation type="unfinished">المسكن ال&amp;جديد</translation>
    </message>
    <message>
        <source>The family&apos;s new home, once found: entered here once, it fills in the letters (rental guarantee, CPAS, change of address).</source>
        <translation type="unfinished">المسكن الجديد للأسرة بعد إيجاده: يُدخَل هنا مرة واحدة ويملأ الرسائل (ضمان الإيجار، مركز CPAS/OCMW، تغيير العنوان).</translation>
    </message>
    <message>
        <source>New home</source>
        <translation type="unfinished">المسكن الجديد</translation>
    </message>
    <message>
        <source>Street, number, &amp;box</source>
        <translation type="unfinished">ال&amp;شارع والرقم والصندوق</translation>
    </message>
    <message>
        <source>e.g. Rue Haute 5 bte 2</source>
        <translation type="unfinished">مثال: Rue Haute 5 bte 2</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished">الرمز ال&amp;بريدي</translation>
    </message>
    <message>
        <source>4 digits</source>
        <translation type="unfinished">٤ أرقام</translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation type="unfinished">البل&amp;دية</translation>
    </message>
    <message>
        <source>Mo&amp;ve-in date</source>
        <translation type="unfinished">&amp;تاريخ الانتقال</translation>
    </message>
    <message>
        <source>Monthly &amp;rent</source>
        <translation type="unfinished">ال&amp;إيجار الشهري</translation>
    </message>
    <message>
        <source>Monthly rent in euros</source>
        <translation type="unfinished">الإيجار الشهري باليورو</translation>
    </message>
    <message>
        <source>€ a month</source>
        <translation type="unfinished">€ شهريًا</translation>
    </message>
    <message>
        <source>Month&amp;ly charges</source>
        <translation type="unfinished">ا&amp;لأعباء الشهرية</translation>
    </message>
    <message>
        <source>Monthly charges in euros</source>
        <translation type="unfinished">الأعباء الشهرية باليورو</translation>
    </message>
    <message>
        <source>Rental gu&amp;arantee (deposit)</source>
        <translation type="unfinished">&amp;ضمان الإيجار (الكفالة)</translation>
    </message>
    <message>
        <source>Rental guarantee in euros</source>
        <translation type="unfinished">ضمان الإيجار باليورو</translation>
    </message>
    <message>
        <source>€</source>
        <translation type="unfinished">€</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation type="unfinished">المالك</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">&amp;الاسم</translation>
    </message>
    <message>
        <source>Person or agency</source>
        <translation type="unfinished">شخص أو وكالة</translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation type="unfinished">ال&amp;عنوان</translation>
    </message>
    <message>
        <source>Street, number, box</source>
        <translation type="unfinished">الشارع والرقم والصندوق</translation>
    </message>
    <message>
        <source>Pos&amp;tcode</source>
        <translation type="unfinished">ال&amp;رمز البريدي</translation>
    </message>
    <message>
        <source>Phon&amp;e</source>
        <translation type="unfinished">ال&amp;هاتف</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation type="unfinished">البريد الإل&amp;كتروني</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished">وسا&amp;ئل الاتصال</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished">بيانات الاتصال</translation>
    </message>
    <message>
        <source>F2 changes the selected cell; Delete removes the selected contact, after asking.</source>
        <translation type="unfinished">F2 يعدّل الخانة المحددة؛ مفتاح Delete يحذف وسيلة الاتصال المحددة، بعد السؤال.</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation type="unfinished">&amp;إضافة وسيلة اتصال</translation>
    </message>
    <message>
        <source>Remove con&amp;tact</source>
        <translation type="unfinished">&amp;حذف وسيلة الاتصال</translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation type="unfinished">مشاكل يجب إصلاحها قبل الحفظ</translation>
    </message>
    <message>
        <source>(new member)</source>
        <translation type="unfinished">(فرد جديد)</translation>
    </message>
    <message>
        <source>New family</source>
        <extracomment>field of a member (``members[i].&lt;field&gt;``) -&gt; the widget that edits it (the selected member&apos;s) every other field path the service names -&gt; its widget the widgets whose problems a dwelling postcode&apos;s problem also concerns (they contradict it)</extracomment>
        <translation type="unfinished">عائلة جديدة</translation>
    </message>
    <message>
        <source>Family {case}</source>
        <translation type="unfinished">العائلة {case}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(لا شيء)</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation type="unfinished">(غير مذكور)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished">صلة القرابة</translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished">تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">وسيلة الاتصال</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">ملاحظة</translation>
    </message>
    <message>
        <source>A birth date cannot be in the future.</source>
        <translation type="unfinished">لا يمكن أن يكون تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
        <source>Born before 1900? Check the year.</source>
        <translation type="unfinished">مولود قبل ١٩٠٠؟ تحقق من السنة.</translation>
    </message>
    <message>
        <source>This card expired more than a year ago: check the year, or whether it was renewed.</source>
        <translation type="unfinished">انتهت صلاحية هذه البطاقة منذ أكثر من سنة: تحقق من السنة، أو هل جُدِّدت.</translation>
    </message>
    <message>
        <source>More than ten years from now: check the year.</source>
        <translation type="unfinished">بعد أكثر من عشر سنوات من الآن: تحقق من السنة.</translation>
    </message>
    <message>
        <source>The arrival cannot be in the future.</source>
        <translation type="unfinished">لا يمكن أن يكون الوصول في المستقبل.</translation>
    </message>
    <message>
        <source>The exit cannot be before the arrival ({date}).</source>
        <translation type="unfinished">لا يمكن أن تكون المغادرة قبل الوصول ({date}).</translation>
    </message>
    <message>
        <source>The asylum application cannot be in the future.</source>
        <translation type="unfinished">لا يمكن أن يكون طلب اللجوء في المستقبل.</translation>
    </message>
    <message>
        <source>The decision cannot be in the future.</source>
        <translation type="unfinished">لا يمكن أن يكون القرار في المستقبل.</translation>
    </message>
    <message>
        <source>The decision cannot be before the asylum application ({date}).</source>
        <translation type="unfinished">لا يمكن أن يكون القرار قبل طلب اللجوء ({date}).</translation>
    </message>
    <message>
        <source>The decision is before the arrival at the centre ({date}): right only if the family came from another centre.</source>
        <translation type="unfinished">القرار قبل الوصول إلى المركز ({date}): صحيح فقط إذا جاءت الأسرة من مركز آخر.</translation>
    </message>
    <message>
        <source>The notification cannot be in the future.</source>
        <translation type="unfinished">لا يمكن أن يكون التبليغ في المستقبل.</translation>
    </message>
    <message>
        <source>The notification cannot be before the decision ({date}).</source>
        <translation type="unfinished">لا يمكن أن يكون التبليغ قبل القرار ({date}).</translation>
    </message>
    <message>
        <source>The move-in is before the arrival at the centre ({date}): check the year.</source>
        <translation type="unfinished">الانتقال إلى المسكن قبل الوصول إلى المركز ({date}): تحقق من السنة.</translation>
    </message>
    <message>
        <source>More than a year from now: check the year.</source>
        <translation type="unfinished">بعد أكثر من سنة من الآن: تحقق من السنة.</translation>
    </message>
    <message>
        <source>{postcode}: {names} — choose one</source>
        <translation type="unfinished">{postcode}: {names} — اختر واحدة</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"> أو </translation>
    </message>
    <message>
        <source>not a Belgian postcode</source>
        <translation type="unfinished">ليس رمزًا بريديًا بلجيكيًا</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished">حذف الفرد</translation>
    </message>
    <message>
        <source>Remove {name} from this household?</source>
        <translation type="unfinished">حذف {name} من هذه الأسرة؟</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">حذف</translation>
    </message>
    <message>
        <source>{name} (to correct)</source>
        <translation type="unfinished">{name} (يجب التصحيح)</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation type="unfinished">الفرد: {name}</translation>
    </message>
    <message>
        <source>Type of contact</source>
        <translation type="unfinished">نوع وسيلة الاتصال</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished">حذف وسيلة الاتصال</translation>
    </message>
    <message>
        <source>Remove the contact {value}?</source>
        <translation type="unfinished">حذف وسيلة الاتصال {value}؟</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation type="unfinished">«{text}» ليس تاريخًا.</translation>
    </message>
    <message>
        <source>Choose the type of residence card: its number and expiry date are kept with it.</source>
        <translation type="unfinished">اختر نوع بطاقة الإقامة: يُحفظ رقمها وتاريخ انتهائها معها.</translation>
    </message>
    <message>
        <source>The new home is in {home} but the family is moving to {destination}: correct one of the two (the CPAS of the new home&apos;s municipality is the competent one).</source>
        <translation type="unfinished">المسكن الجديد في {home} لكن الأسرة تنتقل إلى {destination}: صحّح أحدهما (مركز CPAS/OCMW المختص هو مركز بلدية المسكن الجديد).</translation>
    </message>
    <message>
        <source>Please correct these before saving:</source>
        <translation type="unfinished">يُرجى تصحيح ما يلي قبل الحفظ:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Close and lose them?</source>
        <translation type="unfinished">لديك تغييرات غير محفوظة. هل تريد الإغلاق وفقدانها؟</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished">تجاهل التغييرات</translation>
    </message>
</context>
<context>
    <name>FamilyTableModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished">الملف</translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished">الأسرة</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">الأفراد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">الجنسية</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">اللغات</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished">المرشد الاجتماعي</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished">القرار</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Transition Assistant</source>
        <translation type="unfinished">إعداد Transition Assistant</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">مرحبًا</translation>
    </message>
    <message>
        <source>This is the first start of Transition Assistant with this database.</source>
        <translation type="unfinished">هذا أول تشغيل لـ Transition Assistant مع قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Transition Assistant keeps the case files of families leaving reception: special-category personal data protected by the GDPR.&lt;/p&gt;&lt;p&gt;Everyone who uses it signs in with their own account. First create the &lt;b&gt;coordinator&lt;/b&gt; account: the coordinator manages the other accounts (social workers and admin buddies), reads the audit log and sets how long closed cases are kept.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;يحفظ Transition Assistant ملفات العائلات التي تغادر الاستقبال: وهي بيانات شخصية من فئة خاصة يحميها النظام العام لحماية البيانات (GDPR).&lt;/p&gt;&lt;p&gt;كل من يستخدمه يسجّل الدخول بحسابه الخاص. أنشئ أولاً حساب &lt;b&gt;المنسق&lt;/b&gt;: يدير المنسق الحسابات الأخرى (المرشدين الاجتماعيين والمرافقين الإداريين)، ويقرأ سجل التدقيق، ويحدد مدة الاحتفاظ بالملفات المغلقة.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The coordinator account</source>
        <translation type="unfinished">حساب المنسق</translation>
    </message>
    <message>
        <source>Choose a password of at least 10 characters that you do not use anywhere else.</source>
        <translation type="unfinished">اختر كلمة مرور من 10 أحرف على الأقل لا تستخدمها في أي مكان آخر.</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished">&amp;الاسم الكامل</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">الاسم الكامل</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished">اسم ا&amp;لمستخدم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">اسم المستخدم</translation>
    </message>
    <message>
        <source>e.g. m.janssens</source>
        <translation type="unfinished">مثلاً: m.janssens</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;كلمة المرور</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">كلمة المرور</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished">كلمة المرور &amp;مرة أخرى</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished">كلمة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation type="unfinished">ال&amp;وظيفة</translation>
    </message>
    <message>
        <source>Printed under your name in letters; choose one or type your own.</source>
        <translation type="unfinished">تُطبع تحت اسمك في الرسائل؛ اختر واحدة أو اكتب وظيفتك.</translation>
    </message>
    <message>
        <source>Title f&amp;orm</source>
        <translation type="unfinished">&amp;صيغة المسمى الوظيفي</translation>
    </message>
    <message>
        <source>How your job title is written: feminine, masculine or neutral.</source>
        <translation type="unfinished">كيف يُكتب مسماك الوظيفي: بصيغة المؤنث أو المذكر أو بصيغة محايدة.</translation>
    </message>
    <message>
        <source>Direct p&amp;hone</source>
        <translation type="unfinished">ال&amp;هاتف المباشر</translation>
    </message>
    <message>
        <source>optional, e.g. 0470 12 34 56</source>
        <translation type="unfinished">اختياري، مثلاً: 0470 12 34 56</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished">البر&amp;يد الإلكتروني</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished">اختياري</translation>
    </message>
    <message>
        <source>The reception centre</source>
        <translation type="unfinished">مركز الاستقبال</translation>
    </message>
    <message>
        <source>Its name, address and contact details are printed at the top of letters and dossiers. You can add other centres later (Administration ▸ Reception centres).</source>
        <translation type="unfinished">يُطبع اسمه وعنوانه وبيانات الاتصال به في أعلى الرسائل والملفات. يمكنك إضافة مراكز أخرى لاحقاً (الإدارة ◂ مراكز الاستقبال).</translation>
    </message>
    <message>
        <source>The recovery key of the database</source>
        <translation type="unfinished">مفتاح الاسترداد لقاعدة البيانات</translation>
    </message>
    <message>
        <source>Write it down or print it and keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished">اكتبه أو اطبعه واحفظه في مكان آمن، بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The database is encrypted. This key opens it if this computer&apos;s keyring or the passphrase is lost, or on another computer. It is shown only now.</source>
        <translation type="unfinished">قاعدة البيانات مشفرة. هذا المفتاح يفتحها إذا فُقد مخزن المفاتيح في هذا الحاسوب أو عبارة المرور، أو على حاسوب آخر. لا يُعرض إلا الآن.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>I have &amp;written down the recovery key and keep it safe</source>
        <translation type="unfinished">&amp;كتبت مفتاح الاسترداد وأحفظه في مكان آمن</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished">جاهز</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished">&amp;ابدأ</translation>
    </message>
    <message>
        <source>&lt;p&gt;The coordinator account &lt;b&gt;{user}&lt;/b&gt; is ready and signed in, and the reception centre &lt;b&gt;{centre}&lt;/b&gt; is set up.&lt;/p&gt;&lt;p&gt;Next: create the accounts of the social workers and admin buddies with &lt;i&gt;Administration ▸ Users&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;حساب المنسق &lt;b&gt;{user}&lt;/b&gt; جاهز وتم تسجيل الدخول به، وتم إعداد مركز الاستقبال &lt;b&gt;{centre}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;الخطوة التالية: أنشئ حسابات المرشدين الاجتماعيين والمرافقين الإداريين من &lt;i&gt;الإدارة ◂ المستخدمون&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The coordinator account &lt;b&gt;{user}&lt;/b&gt; is ready and signed in.&lt;/p&gt;&lt;p&gt;Next: create the accounts of the social workers and admin buddies with &lt;i&gt;Administration ▸ Users&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;حساب المنسق &lt;b&gt;{user}&lt;/b&gt; جاهز ومسجَّل دخوله.&lt;/p&gt;&lt;p&gt;الخطوة التالية: أنشئ حسابات المرشدين الاجتماعيين والمرافقين الإداريين من &lt;i&gt;الإدارة ▸ المستخدمون&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>I18n</name>
    <message>
        <source>Translation: draft, not yet reviewed</source>
        <translation type="unfinished">الترجمة: مسودة، لم تُراجع بعد</translation>
    </message>
    <message>
        <source>The texts of this interface in {language} are draft translations that a qualified translator has not reviewed yet. Tell your coordinator about any text that is unclear or wrong.</source>
        <translation type="unfinished">نصوص هذه الواجهة ({language}) ترجمات مسودة لم يراجعها مترجم مؤهل بعد. أبلغ المنسق عن أي نص غير واضح أو خاطئ.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Only .csv and .xlsx files can be imported (save an .xls or .ods file as .xlsx first).</source>
        <translation type="unfinished">لا يمكن استيراد إلا ملفات ‎.csv‎ و‎.xlsx‎ (احفظ ملف ‎.xls‎ أو ‎.ods‎ بصيغة ‎.xlsx‎ أولًا).</translation>
    </message>
    <message>
        <source>This file could not be read as a {kind} file. Check that it is not damaged or protected by a password, and that it is the file you meant.</source>
        <translation type="unfinished">تعذّرت قراءة هذا الملف كملف {kind}. تحقّق من أنه غير تالف وغير محمي بكلمة مرور، وأنه الملف المقصود.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &apos;{value}&apos; (its sheets: {sheets}).</source>
        <translation type="unfinished">لا تحتوي المصنَّفة على ورقة باسم «{value}» (أوراقها: {sheets}).</translation>
    </message>
    <message>
        <source>The file has no rows to import under its header row.</source>
        <translation type="unfinished">لا يحتوي الملف على صفوف للاستيراد تحت صف العناوين.</translation>
    </message>
    <message>
        <source>The file {value} cannot be opened.</source>
        <translation type="unfinished">لا يمكن فتح الملف {value}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a field that can be imported (the list: import --fields).</source>
        <translation type="unfinished">«{value}» ليس حقلًا يمكن استيراده (القائمة: import --fields).</translation>
    </message>
    <message>
        <source>The file has no column &apos;{value}&apos;.</source>
        <translation type="unfinished">لا يحتوي الملف على عمود «{value}».</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not COLUMN=FIELD.</source>
        <translation type="unfinished">«{value}» ليس على شكل COLUMN=FIELD.</translation>
    </message>
    <message>
        <source>{label} is given to more than one column ({columns}): keep it for one column only.</source>
        <translation type="unfinished">{label} مُسند إلى أكثر من عمود واحد ({columns}): أبقِه لعمود واحد فقط.</translation>
    </message>
    <message>
        <source>A column must be imported as the surname and one as the given names.</source>
        <translation type="unfinished">يجب استيراد عمود كاسم العائلة وعمود آخر كالأسماء الشخصية.</translation>
    </message>
    <message>
        <source>There is no saved mapping named &apos;{value}&apos;.</source>
        <translation type="unfinished">لا توجد مطابقة محفوظة باسم «{value}».</translation>
    </message>
    <message>
        <source>A saved mapping needs a name of at most 60 characters.</source>
        <translation type="unfinished">تحتاج المطابقة المحفوظة إلى اسم لا يتجاوز 60 حرفًا.</translation>
    </message>
    <message>
        <source>There is no active social worker with the user name &apos;{value}&apos;.</source>
        <translation type="unfinished">لا يوجد أخصائي اجتماعي نشط باسم المستخدم «{value}».</translation>
    </message>
    <message>
        <source>This reception centre is retired: families can no longer be recorded in it.</source>
        <translation type="unfinished">مركز الاستقبال هذا متوقف عن العمل: لم يعد بالإمكان تسجيل عائلات فيه.</translation>
    </message>
    <message>
        <source>Duplicates are either skipped or merged, not &apos;{value}&apos;.</source>
        <translation type="unfinished">تُتخطّى النسخ المكررة أو تُدمج، وليس «{value}».</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date (write dd/mm/yyyy or yyyy-mm-dd).</source>
        <translation type="unfinished">{label}: «{value}» ليس تاريخًا (اكتب dd/mm/yyyy أو yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; has a two-digit year, which could mean two centuries: write the year in full (for example 1993).</source>
        <translation type="unfinished">{label}: «{value}» فيه سنة من رقمين قد تعني قرنين مختلفين: اكتب السنة كاملة (مثلًا 1993).</translation>
    </message>
    <message>
        <source>{label}: {value} is before 1900, which cannot be right.</source>
        <translation type="unfinished">{label}: {value} قبل عام 1900، وهذا لا يمكن أن يكون صحيحًا.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not recognised (use one of: {expected}).</source>
        <translation type="unfinished">{label}: لم يُتعرَّف على «{value}» (استخدم إحدى القيم: {expected}).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a country code or a country name the application knows.</source>
        <translation type="unfinished">{label}: «{value}» ليس رمز بلد ولا اسم بلد يعرفه التطبيق.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a language code or a language name the application knows.</source>
        <translation type="unfinished">{label}: «{value}» ليس رمز لغة ولا اسم لغة يعرفه التطبيق.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a Belgian municipality or postcode.</source>
        <translation type="unfinished">{label}: «{value}» ليس بلدية بلجيكية ولا رمزًا بريديًا بلجيكيًا.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; can be more than one municipality ({names}): write its postcode or its full name.</source>
        <translation type="unfinished">{label}: «{value}» قد يعني أكثر من بلدية ({names}): اكتب الرمز البريدي أو الاسم الكامل.</translation>
    </message>
    <message>
        <source>{label}: this cell holds a formula whose result was not saved in the file. Open the file in Excel or LibreOffice, save it, and import it again.</source>
        <translation type="unfinished">{label}: تحتوي هذه الخلية على صيغة لم تُحفظ نتيجتها في الملف. افتح الملف في Excel أو LibreOffice واحفظه ثم استورده من جديد.</translation>
    </message>
    <message>
        <source>{label} is too long (at most {max} characters).</source>
        <translation type="unfinished">{label}: النص طويل جدًا ({max} حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>{label}: the cell shows the error {value}.</source>
        <translation type="unfinished">{label}: تعرض الخلية الخطأ {value}.</translation>
    </message>
    <message>
        <source>{label} is &apos;{value}&apos; here but &apos;{other_value}&apos; on row {other_row} of the same family: a family has one value.</source>
        <translation type="unfinished">{label} هنا «{value}» لكنه «{other_value}» في الصف {other_row} من العائلة نفسها: للعائلة قيمة واحدة.</translation>
    </message>
    <message>
        <source>This family has no head of household: mark one of its rows as the head ({label} column).</source>
        <translation type="unfinished">ليس لهذه العائلة ربّ أسرة: حدِّد أحد صفوفها بصفته ربّ الأسرة (عمود {label}).</translation>
    </message>
    <message>
        <source>This family has more than one head of household (rows {rows}).</source>
        <translation type="unfinished">لهذه العائلة أكثر من ربّ أسرة واحد (الصفوف {rows}).</translation>
    </message>
    <message>
        <source>{label} is needed for every member of a family of more than one person.</source>
        <translation type="unfinished">{label} مطلوب لكل فرد في عائلة تضم أكثر من شخص واحد.</translation>
    </message>
    <message>
        <source>This row has no family key, so it would be a household of its own, but its relationship is &apos;{value}&apos;: give it the key of its family.</source>
        <translation type="unfinished">ليس لهذا الصف مفتاح عائلة، فسيكون أسرة قائمة بذاتها، لكن صلة القرابة فيه «{value}»: أعطه مفتاح عائلته.</translation>
    </message>
    <message>
        <source>{label} is needed when the family has a protection decision.</source>
        <translation type="unfinished">{label} مطلوب عندما يكون للعائلة قرار حماية.</translation>
    </message>
    <message>
        <source>The same person is on row {other_row} of this family as well.</source>
        <translation type="unfinished">الشخص نفسه موجود أيضًا في الصف {other_row} من هذه العائلة.</translation>
    </message>
    <message>
        <source>Not imported with its family: row {other_row} of the same family has a problem.</source>
        <translation type="unfinished">لم يُستورد مع عائلته: في الصف {other_row} من العائلة نفسها مشكلة.</translation>
    </message>
    <message>
        <source>This row is a head of household, but the family it would be merged into already has one.</source>
        <translation type="unfinished">هذا الصف ربّ أسرة، لكن العائلة التي سيُدمج فيها لها ربّ أسرة بالفعل.</translation>
    </message>
    <message>
        <source>Family key</source>
        <extracomment>a person&apos;s own value (one per row) a value of the whole family: rows of one family must agree (empty cells are fine)</extracomment>
        <translation type="unfinished">مفتاح العائلة</translation>
    </message>
    <message>
        <source>Rows with the same key are one family; a row without a key is a household of its own.</source>
        <translation type="unfinished">الصفوف ذات المفتاح نفسه عائلة واحدة؛ والصف بلا مفتاح أسرة قائمة بذاتها.</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished">اسم العائلة</translation>
    </message>
    <message>
        <source>The family name, as on the residence documents (required).</source>
        <translation type="unfinished">اسم العائلة كما في وثائق الإقامة (إلزامي).</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished">الاسم الشخصي</translation>
    </message>
    <message>
        <source>The given names (required).</source>
        <translation type="unfinished">الأسماء الشخصية (إلزامي).</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished">تاريخ الميلاد</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, d.m.yyyy, dd-mm-yyyy, yyyy-mm-dd or a date cell; the year in full.</source>
        <translation type="unfinished">dd/mm/yyyy أو d.m.yyyy أو dd-mm-yyyy أو yyyy-mm-dd أو خلية تاريخ؛ والسنة كاملة.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">الجنس</translation>
    </message>
    <message>
        <source>M, F or X; also H/V, Homme/Femme, Man/Vrouw.</source>
        <translation type="unfinished">M أو F أو X؛ وكذلك H/V وHomme/Femme وMan/Vrouw.</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished">صلة القرابة</translation>
    </message>
    <message>
        <source>To the head of household: head, spouse, partner, child, parent, sibling or other (French, Dutch or English words).</source>
        <translation type="unfinished">بربّ الأسرة: ربّ الأسرة، الزوج أو الزوجة، الشريك، الابن أو الابنة، الوالد أو الوالدة، الأخ أو الأخت، أخرى (بكلمات فرنسية أو هولندية أو إنجليزية).</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">الجنسية</translation>
    </message>
    <message>
        <source>An ISO country code (SY, AF...) or the country&apos;s name in French, Dutch or English.</source>
        <translation type="unfinished">رمز بلد وفق ISO (مثل SY وAF…) أو اسم البلد بالفرنسية أو الهولندية أو الإنجليزية.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">اللغات</translation>
    </message>
    <message>
        <source>Languages spoken, as codes or names, separated by commas.</source>
        <translation type="unfinished">اللغات المحكية، رموزًا أو أسماءً، تفصل بينها فواصل.</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished">اللغة المفضلة</translation>
    </message>
    <message>
        <source>The language to use with the person (one of the languages spoken).</source>
        <translation type="unfinished">اللغة المستخدمة مع الشخص (إحدى اللغات المحكية).</translation>
    </message>
    <message>
        <source>In Belgium</source>
        <translation type="unfinished">في بلجيكا</translation>
    </message>
    <message>
        <source>Yes, or no for a family member still abroad (family reunification); default yes.</source>
        <translation type="unfinished">نعم، أو لا لفرد من العائلة ما زال في الخارج (لمّ الشمل)؛ والافتراضي نعم.</translation>
    </message>
    <message>
        <source>Protection status</source>
        <translation type="unfinished">وضع الحماية</translation>
    </message>
    <message>
        <source>Refugee or subsidiary protection (also réfugié, subsidiaire, vluchteling, subsidiaire bescherming).</source>
        <translation type="unfinished">لاجئ أو حماية فرعية (وكذلك réfugié وsubsidiaire وvluchteling وsubsidiaire bescherming).</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished">تاريخ القرار</translation>
    </message>
    <message>
        <source>Date of the protection decision: the checklist and its deadlines start from it.</source>
        <translation type="unfinished">تاريخ قرار الحماية: تبدأ منه قائمة المهام ومواعيدها النهائية.</translation>
    </message>
    <message>
        <source>Notification date</source>
        <translation type="unfinished">تاريخ التبليغ</translation>
    </message>
    <message>
        <source>Date the decision was notified.</source>
        <translation type="unfinished">تاريخ تبليغ القرار.</translation>
    </message>
    <message>
        <source>Asylum application date</source>
        <translation type="unfinished">تاريخ طلب اللجوء</translation>
    </message>
    <message>
        <source>Date of the asylum application.</source>
        <translation type="unfinished">تاريخ طلب اللجوء.</translation>
    </message>
    <message>
        <source>Deciding body</source>
        <translation type="unfinished">الجهة المقررة</translation>
    </message>
    <message>
        <source>CGRS / CGRA / CGVS (the default) or CALL / CCE / RvV.</source>
        <translation type="unfinished">CGRS / CGRA / CGVS (الافتراضي) أو CALL / CCE / RvV.</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation type="unfinished">مرجع القرار</translation>
    </message>
    <message>
        <source>The reference of the decision letter.</source>
        <translation type="unfinished">مرجع رسالة القرار.</translation>
    </message>
    <message>
        <source>Destination municipality</source>
        <translation type="unfinished">البلدية المقصودة</translation>
    </message>
    <message>
        <source>Where the family will live: the name in French, Dutch or German, or the postcode.</source>
        <translation type="unfinished">المكان الذي ستسكن فيه العائلة: الاسم بالفرنسية أو الهولندية أو الألمانية، أو الرمز البريدي.</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation type="unfinished">تاريخ الوصول</translation>
    </message>
    <message>
        <source>Arrival in the reception centre.</source>
        <translation type="unfinished">الوصول إلى مركز الاستقبال.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">الهاتف</translation>
    </message>
    <message>
        <source>A phone number, added to the family&apos;s contacts.</source>
        <translation type="unfinished">رقم هاتف يُضاف إلى جهات اتصال العائلة.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">البريد الإلكتروني</translation>
    </message>
    <message>
        <source>An e-mail address, added to the family&apos;s contacts.</source>
        <translation type="unfinished">عنوان بريد إلكتروني يُضاف إلى جهات اتصال العائلة.</translation>
    </message>
    <message>
        <source>National register number</source>
        <translation type="unfinished">رقم السجل الوطني</translation>
    </message>
    <message>
        <source>Belgian national register or BIS number, checked against the birth date.</source>
        <translation type="unfinished">رقم السجل الوطني البلجيكي أو رقم BIS، يُتحقَّق منه مع تاريخ الميلاد.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished">رقم الملف</translation>
    </message>
    <message>
        <source>The family&apos;s case number; a new one is given when it is empty.</source>
        <translation type="unfinished">رقم ملف العائلة؛ يُعطى رقم جديد إذا كان فارغًا.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">الملاحظات</translation>
    </message>
    <message>
        <source>Text added to the family&apos;s notes (not confidential).</source>
        <translation type="unfinished">نص يُضاف إلى ملاحظات العائلة (غير سري).</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import families</source>
        <translation type="unfinished">استيراد عائلات</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished">الملف المراد استيراده</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with one row per person and a header row. Rows with the same family key become one family.</source>
        <translation type="unfinished">ملف CSV أو Excel ‏(‎.xlsx‎) فيه صف لكل شخص وصف للعناوين. الصفوف ذات مفتاح العائلة نفسه تصبح عائلة واحدة.</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished">الم&amp;لف:</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">الملف</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file</source>
        <translation type="unfinished">اختر ملف ‎.csv‎ أو ‎.xlsx‎</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation type="unfinished">ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished">الور&amp;قة:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished">الورقة</translation>
    </message>
    <message>
        <source>Reception &amp;centre:</source>
        <translation type="unfinished">مركز الاست&amp;قبال:</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation type="unfinished">مركز الاستقبال</translation>
    </message>
    <message>
        <source>Social &amp;worker:</source>
        <translation type="unfinished">الأخصائي الاجت&amp;ماعي:</translation>
    </message>
    <message>
        <source>Social worker who follows the families</source>
        <translation type="unfinished">الأخصائي الاجتماعي الذي يتابع العائلات</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished">الأعمدة</translation>
    </message>
    <message>
        <source>What each column of the file holds. The headers were recognised where they could be; choose a column, then what it is imported as.</source>
        <translation type="unfinished">ما يحتويه كل عمود من الملف. تم التعرّف على العناوين حيثما أمكن؛ اختر عمودًا، ثم ما يُستورد بصفته.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished">أعمدة الملف</translation>
    </message>
    <message>
        <source>One row per column of the file: its header, example values and what it is imported as. Choose a row with the arrow keys, then change what it is imported as in the field below.</source>
        <translation type="unfinished">صف لكل عمود من الملف: عنوانه وأمثلة على قيمه وما يُستورد بصفته. اختر صفًا بمفاتيح الأسهم، ثم غيّر ما يُستورد بصفته في الحقل أدناه.</translation>
    </message>
    <message>
        <source>&amp;Imported as:</source>
        <translation type="unfinished">يُستورد ب&amp;صفته:</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished">يُستورد بصفته</translation>
    </message>
    <message>
        <source>Saved &amp;mappings:</source>
        <translation type="unfinished">المطابقات الم&amp;حفوظة:</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation type="unfinished">المطابقات المحفوظة</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation type="unfinished">ا&amp;ستخدام</translation>
    </message>
    <message>
        <source>Sa&amp;ve this mapping…</source>
        <translation type="unfinished">حف&amp;ظ هذه المطابقة…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished">معاينة</translation>
    </message>
    <message>
        <source>The first rows as they will be stored: dates, nationalities and municipalities as the application read them, and the families they make.</source>
        <translation type="unfinished">الصفوف الأولى كما ستُحفظ: التواريخ والجنسيات والبلديات كما قرأها التطبيق، والعائلات التي تكوّنها.</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation type="unfinished">معاينة الصفوف الأولى</translation>
    </message>
    <message>
        <source>One row per person as it will be stored, with the number of its family and the row number in the file. Read only.</source>
        <translation type="unfinished">صف لكل شخص كما سيُحفظ، مع رقم عائلته ورقم الصف في الملف. للقراءة فقط.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished">التحقق</translation>
    </message>
    <message>
        <source>Every row is checked with the rules of a family entered by hand; nothing is written yet.</source>
        <translation type="unfinished">يُتحقَّق من كل صف بقواعد العائلة المُدخلة يدويًا؛ لم يُكتب شيء بعد.</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation type="unfinished">تقدّم التحقق</translation>
    </message>
    <message>
        <source>&amp;Rejected rows:</source>
        <translation type="unfinished">الصفوف الم&amp;رفوضة:</translation>
    </message>
    <message>
        <source>Every rejected row: its number in the file, the column, the field and the reason. Copy or save the list to correct the file.</source>
        <translation type="unfinished">كل صف مرفوض: رقمه في الملف والعمود والحقل والسبب. انسخ القائمة أو احفظها لتصحيح الملف.</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation type="unfinished">ن&amp;سخ القائمة</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation type="unfinished">حفظ بصيغة CS&amp;V…</translation>
    </message>
    <message>
        <source>Import the other families &amp;without the rejected rows</source>
        <translation type="unfinished">استيراد العائلات الأخرى &amp;دون الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>&amp;Duplicates (people already recorded):</source>
        <translation type="unfinished">النسخ الم&amp;كررة (أشخاص مسجَّلون بالفعل):</translation>
    </message>
    <message>
        <source>Families of the file with a person already recorded: the row, the family it matches, how it matched and what will be done. Choose a row, then skip or merge it below.</source>
        <translation type="unfinished">عائلات من الملف فيها شخص مسجَّل بالفعل: الصف، والعائلة المطابقة، وكيفية التطابق، وما سيُفعل. اختر صفًا ثم تخطَّه أو ادمجه أدناه.</translation>
    </message>
    <message>
        <source>This d&amp;uplicate:</source>
        <translation type="unfinished">هذه النس&amp;خة المكررة:</translation>
    </message>
    <message>
        <source>What to do with the chosen duplicate</source>
        <translation type="unfinished">ما يُفعل بالنسخة المكررة المختارة</translation>
    </message>
    <message>
        <source>&amp;All duplicates:</source>
        <translation type="unfinished">&amp;كل النسخ المكررة:</translation>
    </message>
    <message>
        <source>What to do with every duplicate</source>
        <translation type="unfinished">ما يُفعل بكل نسخة مكررة</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation type="unfinished">ت&amp;حقق من جديد</translation>
    </message>
    <message>
        <source>Merge adds what the recorded family does not have yet (missing members, dates, nationality, languages, contacts, notes, the decision if it has none) and never changes what is recorded. Skip leaves the family of the file out.</source>
        <translation type="unfinished">الدمج يضيف ما ليس لدى العائلة المسجَّلة بعد (الأفراد الناقصين، التواريخ، الجنسية، اللغات، جهات الاتصال، الملاحظات، والقرار إن لم يكن لها قرار) ولا يغيّر أبدًا ما هو مسجَّل. التخطي يترك عائلة الملف جانبًا.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished">الاستيراد</translation>
    </message>
    <message>
        <source>Everything is written at once: if the import is cancelled or fails, nothing is imported.</source>
        <translation type="unfinished">يُكتب كل شيء دفعة واحدة: إذا أُلغي الاستيراد أو فشل، فلن يُستورد شيء.</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation type="unfinished">تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished">الملف المراد استيراده</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt)</source>
        <translation type="unfinished">جداول بيانات (*.csv *.xlsx *.xlsm *.txt)</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation type="unfinished">حفظ المطابقة</translation>
    </message>
    <message>
        <source>Name of the mapping (e.g. the program the file comes from):</source>
        <translation type="unfinished">اسم المطابقة (مثلًا البرنامج الذي جاء منه الملف):</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation type="unfinished">حفظ الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>rejected-rows.csv</source>
        <translation type="unfinished">الصفوف-المرفوضة.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished">(لا يُستورد)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <source>No, abroad</source>
        <translation type="unfinished">لا، في الخارج</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Skip (leave the file&apos;s family out)</source>
        <translation type="unfinished">تخطٍّ (ترك عائلة الملف جانبًا)</translation>
    </message>
    <message>
        <source>Merge (add what is missing)</source>
        <translation type="unfinished">دمج (إضافة ما ينقص)</translation>
    </message>
    <message>
        <source>(no centre)</source>
        <translation type="unfinished">(بلا مركز)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished">(لا أحد بعد)</translation>
    </message>
    <message>
        <source>This file cannot be opened.</source>
        <translation type="unfinished">لا يمكن فتح هذا الملف.</translation>
    </message>
    <message>
        <source>CSV file, {encoding}, separator “{separator}”</source>
        <translation type="unfinished">ملف CSV، ‏{encoding}، الفاصل «{separator}»</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation type="unfinished">مصنَّفة Excel، الورقة «{sheet}»</translation>
    </message>
    <message numerus="yes">
        <source>{how}: %n rows under the header (row {header}); {recognised} of {columns} columns recognised.</source>
        <translation type="unfinished">
            <numerusform>{how}: لا صفوف تحت العناوين (الصف {header})؛ تم التعرّف على {recognised} من {columns} أعمدة. %n</numerusform>
            <numerusform>{how}: صف واحد (%n) تحت العناوين (الصف {header})؛ تم التعرّف على {recognised} من {columns} أعمدة.</numerusform>
            <numerusform>{how}: صفّان (%n) تحت العناوين (الصف {header})؛ تم التعرّف على {recognised} من {columns} أعمدة.</numerusform>
            <numerusform>{how}: %n صفوف تحت العناوين (الصف {header})؛ تم التعرّف على {recognised} من {columns} أعمدة.</numerusform>
            <numerusform>{how}: %n صفًا تحت العناوين (الصف {header})؛ تم التعرّف على {recognised} من {columns} أعمدة.</numerusform>
            <numerusform>{how}: %n صف تحت العناوين (الصف {header})؛ تم التعرّف على {recognised} من {columns} أعمدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">العمود</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished">أمثلة</translation>
    </message>
    <message>
        <source>Imported as, for the column {column}</source>
        <translation type="unfinished">يُستورد بصفته، للعمود {column}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished">الصف</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">العائلة</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished">المشكلات</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in {families} families; the first {shown} are shown. Rows of one family have the same number.</source>
        <translation type="unfinished">
            <numerusform>لا صفوف (%n) في {families} عائلات؛ تُعرض أول {shown}. صفوف العائلة الواحدة لها الرقم نفسه.</numerusform>
            <numerusform>صف واحد (%n) في {families} عائلات؛ تُعرض أول {shown}. صفوف العائلة الواحدة لها الرقم نفسه.</numerusform>
            <numerusform>صفّان (%n) في {families} عائلات؛ تُعرض أول {shown}. صفوف العائلة الواحدة لها الرقم نفسه.</numerusform>
            <numerusform>%n صفوف في {families} عائلات؛ تُعرض أول {shown}. صفوف العائلة الواحدة لها الرقم نفسه.</numerusform>
            <numerusform>%n صفًا في {families} عائلات؛ تُعرض أول {shown}. صفوف العائلة الواحدة لها الرقم نفسه.</numerusform>
            <numerusform>%n صف في {families} عائلات؛ تُعرض أول {shown}. صفوف العائلة الواحدة لها الرقم نفسه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished">جارٍ التحقق من كل صف…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">الحقل</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">السبب</translation>
    </message>
    <message>
        <source>same national register number</source>
        <translation type="unfinished">رقم السجل الوطني نفسه</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation type="unfinished">الاسم وتاريخ الميلاد نفسهما</translation>
    </message>
    <message>
        <source>same case number</source>
        <translation type="unfinished">رقم الملف نفسه</translation>
    </message>
    <message>
        <source>row {row} of this file</source>
        <translation type="unfinished">الصف {row} من هذا الملف</translation>
    </message>
    <message>
        <source>recorded family {case}</source>
        <translation type="unfinished">العائلة المسجَّلة {case}</translation>
    </message>
    <message>
        <source>several recorded families: always skipped</source>
        <translation type="unfinished">عدة عائلات مسجَّلة: تُتخطّى دائمًا</translation>
    </message>
    <message>
        <source>a family you cannot change: always skipped</source>
        <translation type="unfinished">عائلة لا يمكنك تعديلها: تُتخطّى دائمًا</translation>
    </message>
    <message>
        <source>Already recorded as</source>
        <translation type="unfinished">مسجَّل بالفعل بصفته</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">كيف</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished">ما سيُفعل</translation>
    </message>
    <message>
        <source>You changed a choice: check again to see what will be imported.</source>
        <translation type="unfinished">لقد غيّرت أحد الخيارات: تحقّق من جديد لترى ما سيُستورد.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in {families} families.</source>
        <translation type="unfinished">
            <numerusform>لا صفوف (%n) في {families} عائلات.</numerusform>
            <numerusform>صف واحد (%n) في {families} عائلات.</numerusform>
            <numerusform>صفّان (%n) في {families} عائلات.</numerusform>
            <numerusform>%n صفوف في {families} عائلات.</numerusform>
            <numerusform>%n صفًا في {families} عائلات.</numerusform>
            <numerusform>%n صف في {families} عائلات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are rejected (listed below, with the reason).</source>
        <translation type="unfinished">
            <numerusform>لا صفوف مرفوضة (%n).</numerusform>
            <numerusform>صف واحد (%n) مرفوض (مذكور أدناه مع السبب).</numerusform>
            <numerusform>صفّان (%n) مرفوضان (مذكوران أدناه مع السبب).</numerusform>
            <numerusform>%n صفوف مرفوضة (مذكورة أدناه مع السبب).</numerusform>
            <numerusform>%n صفًا مرفوضًا (مذكورة أدناه مع السبب).</numerusform>
            <numerusform>%n صف مرفوض (مذكورة أدناه مع السبب).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n families have a person who is already recorded.</source>
        <translation type="unfinished">
            <numerusform>لا عائلات (%n) فيها شخص مسجَّل بالفعل.</numerusform>
            <numerusform>عائلة واحدة (%n) فيها شخص مسجَّل بالفعل.</numerusform>
            <numerusform>عائلتان (%n) فيهما شخص مسجَّل بالفعل.</numerusform>
            <numerusform>%n عائلات فيها شخص مسجَّل بالفعل.</numerusform>
            <numerusform>%n عائلة فيها شخص مسجَّل بالفعل.</numerusform>
            <numerusform>%n عائلة فيها شخص مسجَّل بالفعل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported while rows are rejected: correct the file and choose it again, or import the other families without them.</source>
        <translation type="unfinished">لا يمكن استيراد شيء ما دامت هناك صفوف مرفوضة: صحّح الملف واختره من جديد، أو استورد العائلات الأخرى دونها.</translation>
    </message>
    <message numerus="yes">
        <source>%n families will be imported.</source>
        <translation type="unfinished">
            <numerusform>لن تُستورد أي عائلة (%n).</numerusform>
            <numerusform>ستُستورد عائلة واحدة (%n).</numerusform>
            <numerusform>ستُستورد عائلتان (%n).</numerusform>
            <numerusform>ستُستورد %n عائلات.</numerusform>
            <numerusform>ستُستورد %n عائلة.</numerusform>
            <numerusform>ستُستورد %n عائلة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded families will be completed.</source>
        <translation type="unfinished">
            <numerusform>لن تُستكمل أي عائلة مسجَّلة (%n).</numerusform>
            <numerusform>ستُستكمل عائلة مسجَّلة واحدة (%n).</numerusform>
            <numerusform>ستُستكمل عائلتان مسجَّلتان (%n).</numerusform>
            <numerusform>ستُستكمل %n عائلات مسجَّلة.</numerusform>
            <numerusform>ستُستكمل %n عائلة مسجَّلة.</numerusform>
            <numerusform>ستُستكمل %n عائلة مسجَّلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation type="unfinished">لا يوجد شيء جديد للاستيراد.</translation>
    </message>
    <message>
        <source>The list could not be saved there. Choose another folder.</source>
        <translation type="unfinished">تعذّر حفظ القائمة هناك. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished">جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished">أُلغي: لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has rejected rows.</source>
        <translation type="unfinished">لم يُستورد شيء: في الملف صفوف مرفوضة.</translation>
    </message>
    <message numerus="yes">
        <source>%n families imported</source>
        <translation type="unfinished">
            <numerusform>لم تُستورد أي عائلة (%n)</numerusform>
            <numerusform>استُوردت عائلة واحدة (%n)</numerusform>
            <numerusform>استُوردت عائلتان (%n)</numerusform>
            <numerusform>استُوردت %n عائلات</numerusform>
            <numerusform>استُوردت %n عائلة</numerusform>
            <numerusform>استُوردت %n عائلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n persons).</source>
        <translation type="unfinished">
            <numerusform>(%n أشخاص).</numerusform>
            <numerusform>(شخص واحد، %n).</numerusform>
            <numerusform>(شخصان، %n).</numerusform>
            <numerusform>(%n أشخاص).</numerusform>
            <numerusform>(%n شخصًا).</numerusform>
            <numerusform>(%n شخص).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded families completed.</source>
        <translation type="unfinished">
            <numerusform>لم تُستكمل أي عائلة مسجَّلة (%n).</numerusform>
            <numerusform>استُكملت عائلة مسجَّلة واحدة (%n).</numerusform>
            <numerusform>استُكملت عائلتان مسجَّلتان (%n).</numerusform>
            <numerusform>استُكملت %n عائلات مسجَّلة.</numerusform>
            <numerusform>استُكملت %n عائلة مسجَّلة.</numerusform>
            <numerusform>استُكملت %n عائلة مسجَّلة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped.</source>
        <translation type="unfinished">
            <numerusform>لم تُتخطَّ أي نسخة مكررة (%n).</numerusform>
            <numerusform>تُخطِّيت نسخة مكررة واحدة (%n).</numerusform>
            <numerusform>تُخطِّيت نسختان مكررتان (%n).</numerusform>
            <numerusform>تُخطِّيت %n نسخ مكررة.</numerusform>
            <numerusform>تُخطِّيت %n نسخة مكررة.</numerusform>
            <numerusform>تُخطِّيت %n نسخة مكررة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows left out.</source>
        <translation type="unfinished">
            <numerusform>لم يُترك أي صف مرفوض (%n).</numerusform>
            <numerusform>تُرك صف مرفوض واحد (%n).</numerusform>
            <numerusform>تُرك صفّان مرفوضان (%n).</numerusform>
            <numerusform>تُركت %n صفوف مرفوضة.</numerusform>
            <numerusform>تُرك %n صفًا مرفوضًا.</numerusform>
            <numerusform>تُرك %n صف مرفوض.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished">لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>&amp;Import families…</source>
        <translation type="unfinished">است&amp;يراد عائلات…</translation>
    </message>
    <message>
        <source>Bring families in from a CSV or Excel file</source>
        <translation type="unfinished">إدخال عائلات من ملف CSV أو Excel</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Awaiting decision</source>
        <translation type="unfinished">بانتظار القرار</translation>
    </message>
    <message>
        <source>In transition</source>
        <translation type="unfinished">في مرحلة الانتقال</translation>
    </message>
    <message>
        <source>Left the centre</source>
        <translation type="unfinished">غادر المركز</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">مغلق</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished">مؤرشف</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished">ربّ الأسرة</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished">الزوج/الزوجة</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">الشريك/الشريكة</translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">الابن/الابنة</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished">الأب/الأم</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation type="unfinished">الأخ أو الأخت</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">أخرى</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished">أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">ذكر</translation>
    </message>
    <message>
        <source>Other / not stated</source>
        <translation type="unfinished">آخر / غير مذكور</translation>
    </message>
    <message>
        <source>Refugee status</source>
        <translation type="unfinished">صفة اللاجئ</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation type="unfinished">الحماية الثانوية</translation>
    </message>
    <message>
        <source>CGRS (Commissioner General)</source>
        <translation type="unfinished">CGRA/CGVS (المفوضية العامة لشؤون اللاجئين وعديمي الجنسية)</translation>
    </message>
    <message>
        <source>CALL (Council for Alien Law Litigation)</source>
        <translation type="unfinished">CCE/RvV (مجلس المنازعات الخاصة بالأجانب)</translation>
    </message>
    <message>
        <source>A card (limited stay)</source>
        <translation type="unfinished">البطاقة A (إقامة محدودة)</translation>
    </message>
    <message>
        <source>B card (unlimited stay)</source>
        <translation type="unfinished">البطاقة B (إقامة غير محدودة)</translation>
    </message>
    <message>
        <source>Annex 15 (temporary proof)</source>
        <translation type="unfinished">الملحق 15 (إثبات مؤقت)</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished">وثيقة أخرى</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <source>Fedasil</source>
        <translation type="unfinished">Fedasil</translation>
    </message>
    <message>
        <source>Croix-Rouge</source>
        <translation type="unfinished">Croix-Rouge</translation>
    </message>
    <message>
        <source>Rode Kruis</source>
        <translation type="unfinished">Rode Kruis</translation>
    </message>
    <message>
        <source>Local reception initiative (LOI/ILA)</source>
        <translation type="unfinished">مبادرة الاستقبال المحلية (LOI/ILA)</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished">منظمة غير حكومية</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished">محايد</translation>
    </message>
    <message>
        <source>Feminine</source>
        <translation type="unfinished">مؤنث</translation>
    </message>
    <message>
        <source>Masculine</source>
        <translation type="unfinished">مذكر</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation type="unfinished">الدرية</translation>
    </message>
    <message>
        <source>Own housing</source>
        <extracomment>How a family left the centre, in the order offered (labels of ``domain.enums.ExitMode``).</extracomment>
        <translation type="unfinished">سكن خاص</translation>
    </message>
    <message>
        <source>With family or friends</source>
        <translation type="unfinished">عند العائلة أو الأصدقاء</translation>
    </message>
    <message>
        <source>Transit housing</source>
        <translation type="unfinished">سكن عبور</translation>
    </message>
    <message>
        <source>Emergency shelter</source>
        <translation type="unfinished">مأوى طوارئ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">غير معروف</translation>
    </message>
</context>
<context>
    <name>LeaveCentreDialog</name>
    <message>
        <source>The family leaves the centre</source>
        <translation type="unfinished">العائلة تغادر المركز</translation>
    </message>
    <message>
        <source>The case becomes “left”: the steps of leaving the centre are no longer due, the follow-up steps (papers, CPAS/OCMW, housing, integration) stay on the lists.</source>
        <translation type="unfinished">يصبح الملف «غادر»: لم تعد خطوات مغادرة المركز مستحقة، وتبقى خطوات المتابعة (الأوراق، CPAS/OCMW، السكن، الاندماج) في القوائم.</translation>
    </message>
    <message>
        <source>&amp;Left on</source>
        <translation type="unfinished">تاريخ ال&amp;مغادرة</translation>
    </message>
    <message>
        <source>The day the family left the centre: today or earlier, not before the decision.</source>
        <translation type="unfinished">اليوم الذي غادرت فيه العائلة المركز: اليوم أو قبله، وليس قبل القرار.</translation>
    </message>
    <message>
        <source>&amp;How they left</source>
        <translation type="unfinished">&amp;كيف غادرت</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation type="unfinished">مشاكل يجب تصحيحها</translation>
    </message>
    <message>
        <source>Record the &amp;exit</source>
        <translation type="unfinished">&amp;تسجيل المغادرة</translation>
    </message>
    <message>
        <source>{case}: the family leaves the centre</source>
        <translation type="unfinished">{case}: العائلة تغادر المركز</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter</source>
        <translation type="unfinished">رسالة</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation type="unfinished">&amp;الرسالة</translation>
    </message>
    <message>
        <source>Language of the &amp;authority</source>
        <translation type="unfinished">&amp;لغة الجهة الرسمية</translation>
    </message>
    <message>
        <source>&amp;Family copy in</source>
        <translation type="unfinished">&amp;نسخة العائلة باللغة</translation>
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation type="unfinished">ال&amp;تخطيط</translation>
    </message>
    <message>
        <source>Details for this letter</source>
        <translation type="unfinished">تفاصيل هذه الرسالة</translation>
    </message>
    <message>
        <source>Add&amp;ressee</source>
        <translation type="unfinished">الم&amp;رسل إليه</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished">المرسل إليه</translation>
    </message>
    <message>
        <source>Name, then one line per address line</source>
        <translation type="unfinished">الاسم، ثم سطر لكل سطر من العنوان</translation>
    </message>
    <message>
        <source>Values marked “from the family file” come from the new dwelling recorded there; a change made here is for this letter only until you save it to the family file.</source>
        <translation type="unfinished">القيم المعلَّمة بعبارة «من ملف العائلة» مأخوذة من السكن الجديد المسجل فيه؛ أي تغيير هنا يخص هذه الرسالة فقط إلى أن تحفظه في ملف العائلة.</translation>
    </message>
    <message>
        <source>&amp;Save to the family file</source>
        <translation type="unfinished">ا&amp;حفظ في ملف العائلة</translation>
    </message>
    <message>
        <source>Record the address, moving-in date, rent, guarantee and landlord in the family file, so that every letter is prefilled with them</source>
        <translation type="unfinished">سجّل العنوان وتاريخ الانتقال والإيجار والضمان والمالك في ملف العائلة، لتُملأ بها كل رسالة مسبقًا</translation>
    </message>
    <message>
        <source>What to correct before the letter can be made</source>
        <translation type="unfinished">ما يجب تصحيحه قبل إعداد الرسالة</translation>
    </message>
    <message>
        <source>No family copy</source>
        <extracomment>recipient kinds without a usual addressee: the dialog asks for it (a landlord: the recorded one) where a problem of the dwelling record (``FamilyService.set_dwelling``) shows in this dialog frames a field the letter still needs, with its message under it (which says so in words)</extracomment>
        <translation type="unfinished">بدون نسخة للعائلة</translation>
    </message>
    <message>
        <source>Family copy after the letter</source>
        <translation type="unfinished">نسخة العائلة بعد الرسالة</translation>
    </message>
    <message>
        <source>Family copy on a new page</source>
        <translation type="unfinished">نسخة العائلة في صفحة جديدة</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished">&amp;معاينة…</translation>
    </message>
    <message>
        <source>Postal address of the addressee</source>
        <translation type="unfinished">العنوان البريدي للمرسَل إليه</translation>
    </message>
    <message>
        <source>Street and number, then postcode and municipality</source>
        <translation type="unfinished">الشارع والرقم، ثم الرمز البريدي والبلدية</translation>
    </message>
    <message>
        <source>Also save this address in the directory</source>
        <translation type="unfinished">احفظوا هذا العنوان في الدليل أيضًا</translation>
    </message>
    <message>
        <source>Reason to send it without the family’s consent</source>
        <translation type="unfinished">سبب الإرسال من دون موافقة العائلة</translation>
    </message>
    <message>
        <source>At least {n} characters, no names or health details (kept in the audit log)</source>
        <translation type="unfinished">{n} حرفًا على الأقل، دون أسماء أو تفاصيل صحية (يُحفَظ في سجل التدقيق)</translation>
    </message>
    <message>
        <source>Address it to {cpas}</source>
        <translation type="unfinished">توجيهها إلى {cpas}</translation>
    </message>
    <message>
        <source>{label} (optional)</source>
        <translation type="unfinished">{label} (اختياري)</translation>
    </message>
    <message>
        <source>from the family file</source>
        <translation type="unfinished">من ملف العائلة</translation>
    </message>
    <message>
        <source>changed for this letter</source>
        <translation type="unfinished">غُيّر لهذه الرسالة</translation>
    </message>
    <message>
        <source>One line per address line</source>
        <translation type="unfinished">سطر لكل سطر من العنوان</translation>
    </message>
    <message>
        <source>The wording of this letter in {language} is a draft: a jurist has not yet reviewed it. Read it carefully before you send it; the letter itself does not say so.</source>
        <translation type="unfinished">نص هذه الرسالة باللغة {language} مسودة: لم يراجعه قانوني بعد. اقرؤوه بعناية قبل إرساله؛ الرسالة نفسها لا تذكر ذلك.</translation>
    </message>
    <message>
        <source>The family copy in this language is a draft translation, not yet reviewed; it is marked as such on the page.</source>
        <translation type="unfinished">نسخة العائلة بهذه اللغة ترجمة مسودة لم تُراجع بعد؛ وهي موسومة بذلك على الصفحة.</translation>
    </message>
    <message>
        <source>The family file was not changed:</source>
        <translation type="unfinished">لم يتغير ملف العائلة:</translation>
    </message>
    <message>
        <source>Saved to the family file: every letter is prefilled with these details.</source>
        <translation type="unfinished">حُفظ في ملف العائلة: تُملأ كل رسالة بهذه البيانات مسبقًا.</translation>
    </message>
    <message>
        <source>The letter cannot be made yet:</source>
        <translation type="unfinished">لا يمكن إنشاء الرسالة بعد:</translation>
    </message>
    <message>
        <source>Fill in the fields framed in red above.</source>
        <translation type="unfinished">املأ الحقول المحاطة بإطار أحمر أعلاه.</translation>
    </message>
    <message>
        <source>The address was saved in the directory.</source>
        <translation type="unfinished">تم حفظ العنوان في الدليل.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Family list</source>
        <translation type="unfinished">قائمة العائلات</translation>
    </message>
    <message>
        <source>Steps due within {days} days or overdue</source>
        <translation type="unfinished">الخطوات المستحقة خلال {days} يومًا أو المتأخرة</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished">لوحة المتابعة</translation>
    </message>
    <message>
        <source>{what} — {date}</source>
        <translation type="unfinished">{what} — {date}</translation>
    </message>
    <message>
        <source>Families: every family (exported by {name}, coordinator)</source>
        <translation type="unfinished">العائلات: كل العائلات (صدّرها {name}، المنسق)</translation>
    </message>
    <message>
        <source>Families: those of {centre} and those {name} follows or recorded</source>
        <translation type="unfinished">العائلات: عائلات {centre} والعائلات التي يتابعها {name} أو سجّلها</translation>
    </message>
    <message>
        <source>Families: those {name} follows or recorded</source>
        <translation type="unfinished">العائلات: التي يتابعها {name} أو سجّلها</translation>
    </message>
    <message>
        <source>Families: those assigned to {name} (admin buddy; without the protection decision)</source>
        <translation type="unfinished">العائلات: المسندة إلى {name} (مرافق إداري؛ بدون قرار الحماية)</translation>
    </message>
    <message>
        <source>No filter</source>
        <translation type="unfinished">بلا مرشح</translation>
    </message>
    <message>
        <source>Filters: {filters}</source>
        <translation type="unfinished">المرشحات: {filters}</translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation type="unfinished">البحث «{text}»</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation type="unfinished">الحالة: {status}</translation>
    </message>
    <message>
        <source>every status but archived</source>
        <translation type="unfinished">كل الحالات ما عدا المؤرشفة</translation>
    </message>
    <message>
        <source>social worker: {name}</source>
        <translation type="unfinished">المرشد الاجتماعي: {name}</translation>
    </message>
    <message>
        <source>every worker</source>
        <translation type="unfinished">كل المرشدين الاجتماعيين</translation>
    </message>
    <message>
        <source>nationality: {name}</source>
        <translation type="unfinished">الجنسية: {name}</translation>
    </message>
    <message>
        <source>language: {name}</source>
        <translation type="unfinished">اللغة: {name}</translation>
    </message>
    <message>
        <source>track: {name}</source>
        <translation type="unfinished">المحور: {name}</translation>
    </message>
    <message>
        <source>due within {days} days</source>
        <translation type="unfinished">المستحقة خلال {days} يومًا</translation>
    </message>
    <message>
        <source>the first {n} families</source>
        <translation type="unfinished">أول {n} عائلة</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished">رقم الملف</translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished">الأسرة</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">الأفراد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished">المرشد الاجتماعي</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation type="unfinished">الجنسيات</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">اللغات</translation>
    </message>
    <message>
        <source>Destination municipality</source>
        <translation type="unfinished">البلدية المقصودة</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished">الوصول</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished">تاريخ القرار</translation>
    </message>
    <message>
        <source>Protection status</source>
        <translation type="unfinished">وضع الحماية</translation>
    </message>
    <message>
        <source>Leave reception by</source>
        <translation type="unfinished">مغادرة الاستقبال قبل</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished">الأيام المتبقية</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">الموعد النهائي</translation>
    </message>
    <message>
        <source>Was due</source>
        <translation type="unfinished">كان موعدها</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished">أيام التأخير</translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished">المحور</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">الخطوة</translation>
    </message>
    <message>
        <source>Step status</source>
        <translation type="unfinished">حالة الخطوة</translation>
    </message>
    <message>
        <source>Open steps</source>
        <translation type="unfinished">الخطوات المفتوحة</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation type="unfinished">الخطوات المتأخرة</translation>
    </message>
    <message>
        <source>Favourable window ends</source>
        <translation type="unfinished">نهاية الفترة الميسّرة</translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished">الطلب</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished">المؤشر</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished">العدد</translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished">العائلات</translation>
    </message>
    <message>
        <source>Due steps</source>
        <translation type="unfinished">الخطوات المستحقة</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">الملخص</translation>
    </message>
    <message>
        <source>Families by days left</source>
        <translation type="unfinished">العائلات حسب الأيام المتبقية</translation>
    </message>
    <message>
        <source>Reunification windows</source>
        <translation type="unfinished">مهل لمّ الشمل</translation>
    </message>
    <message>
        <source>Families still in reception</source>
        <translation type="unfinished">العائلات التي ما زالت في الاستقبال</translation>
    </message>
    <message>
        <source>Steps due within {days} days</source>
        <translation type="unfinished">الخطوات المستحقة خلال {days} يومًا</translation>
    </message>
    <message>
        <source>Family reunification windows closing within {days} days</source>
        <translation type="unfinished">مهل لمّ الشمل التي تنتهي خلال {days} يومًا</translation>
    </message>
    <message>
        <source>Days left before leaving reception: {bucket}</source>
        <translation type="unfinished">الأيام المتبقية قبل مغادرة الاستقبال: {bucket}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Transition Assistant</source>
        <translation type="unfinished">Transition Assistant</translation>
    </message>
    <message>
        <source>Search by name, case number or worker (Ctrl+F)</source>
        <translation type="unfinished">البحث بالاسم أو رقم الملف أو المرشد الاجتماعي (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search families</source>
        <translation type="unfinished">البحث عن عائلات</translation>
    </message>
    <message>
        <source>The list below shows only the families that match, as you type. Ctrl+F comes back here.</source>
        <translation type="unfinished">القائمة أدناه لا تعرض إلا العائلات المطابقة، أثناء الكتابة. Ctrl+F يعيدك إلى هنا.</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished">التصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Filter by social worker</source>
        <translation type="unfinished">التصفية حسب المرشد الاجتماعي</translation>
    </message>
    <message>
        <source>Filter by nationality</source>
        <translation type="unfinished">التصفية حسب الجنسية</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation type="unfinished">التصفية حسب اللغة</translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished">العائلات</translation>
    </message>
    <message>
        <source>The selected family is shown beside the list. Enter or a double click opens it for editing.</source>
        <translation type="unfinished">العائلة المحددة معروضة بجانب القائمة. مفتاح Enter أو النقر المزدوج يفتحها للتعديل.</translation>
    </message>
    <message>
        <source>No family selected</source>
        <translation type="unfinished">لم تُحدد أي عائلة</translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished">الأسرة</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation type="unfinished">أفراد الأسرة</translation>
    </message>
    <message>
        <source>One row per member of the selected family. Edit the family (Ctrl+E) to change them.</source>
        <translation type="unfinished">صف لكل فرد من العائلة المحددة. عدّل العائلة (Ctrl+E) لتغييرها.</translation>
    </message>
    <message>
        <source>Protection decision</source>
        <translation type="unfinished">قرار الحماية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished">الجهة المقررة</translation>
    </message>
    <message>
        <source>Asylum application</source>
        <translation type="unfinished">طلب اللجوء</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished">القرار</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished">التبليغ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">المرجع</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">قائمة الخطوات</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">وسائل الاتصال</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished">بيانات الاتصال</translation>
    </message>
    <message>
        <source>Phone numbers, e-mail addresses and other contacts of the selected family.</source>
        <translation type="unfinished">أرقام الهاتف وعناوين البريد الإلكتروني ووسائل الاتصال الأخرى للعائلة المحددة.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">الملاحظات</translation>
    </message>
    <message>
        <source>Notes about the selected family, newest first.</source>
        <translation type="unfinished">ملاحظات عن العائلة المحددة، الأحدث أولاً.</translation>
    </message>
    <message>
        <source>Write a note about this family…</source>
        <translation type="unfinished">اكتب ملاحظة عن هذه العائلة…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished">ملاحظة جديدة</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the note.</source>
        <translation type="unfinished">Ctrl+Enter يضيف الملاحظة.</translation>
    </message>
    <message>
        <source>&amp;Confidential (social workers only)</source>
        <translation type="unfinished">&amp;سرية (للمرشدين الاجتماعيين فقط)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished">إضافة ملا&amp;حظة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">مساع&amp;دة</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished">شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation type="unfinished">عائلة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished">Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit family…</source>
        <translation type="unfinished">&amp;تعديل العائلة…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished">Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Archive closed case…</source>
        <translation type="unfinished">&amp;أرشفة الملف المغلق…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;خروج</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished">Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find family</source>
        <translation type="unfinished">&amp;البحث عن عائلة</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished">Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;تحديث</translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished">F5</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished">&amp;لوحة المتابعة</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished">Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;About Transition Assistant</source>
        <translation type="unfinished">&amp;حول Transition Assistant</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Exit support for families leaving Belgian reception centres.&lt;/p&gt;&lt;p&gt;Municipality and postcode data: FPS BOSA, BeST Address open data, licensed CC BY 4.0.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;مرافقة العائلات التي تغادر مراكز الاستقبال في بلجيكا.&lt;/p&gt;&lt;p&gt;بيانات البلديات والرموز البريدية: FPS BOSA، البيانات المفتوحة BeST Address، بترخيص CC BY 4.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished">جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Loading families…</source>
        <translation type="unfinished">جارٍ تحميل العائلات…</translation>
    </message>
    <message>
        <source>All but archived</source>
        <translation type="unfinished">الكل ما عدا المؤرشف</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation type="unfinished">كل المرشدين الاجتماعيين</translation>
    </message>
    <message>
        <source>All nationalities</source>
        <translation type="unfinished">كل الجنسيات</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished">كل اللغات</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln families</source>
        <translation type="unfinished">
            <numerusform>{shown} من أصل %Ln عائلة</numerusform>
            <numerusform>{shown} من أصل عائلة واحدة</numerusform>
            <numerusform>{shown} من أصل عائلتين</numerusform>
            <numerusform>{shown} من أصل %Ln عائلات</numerusform>
            <numerusform>{shown} من أصل %Ln عائلة</numerusform>
            <numerusform>{shown} من أصل %Ln عائلة</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a family in the list, or create one with File ▸ New family.</source>
        <translation type="unfinished">اختر عائلة من القائمة، أو أنشئ عائلة عبر ملف ▸ عائلة جديدة.</translation>
    </message>
    <message>
        <source>worker: {name}</source>
        <translation type="unfinished">المرشد الاجتماعي: {name}</translation>
    </message>
    <message>
        <source>No decision recorded yet</source>
        <translation type="unfinished">لم يُسجل أي قرار بعد</translation>
    </message>
    <message>
        <source>[confidential] </source>
        <translation type="unfinished">[سري] </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished">صلة القرابة</translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished">تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">الجنسية</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">اللغات</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">المكان</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation type="unfinished">بطاقة الإقامة</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation type="unfinished">حتى {date}</translation>
    </message>
    <message>
        <source>In Belgium</source>
        <translation type="unfinished">في بلجيكا</translation>
    </message>
    <message>
        <source>Abroad (reunification)</source>
        <translation type="unfinished">في الخارج (لمّ الشمل)</translation>
    </message>
    <message>
        <source>Saved {case}.</source>
        <translation type="unfinished">تم حفظ {case}.</translation>
    </message>
    <message>
        <source>Archive case</source>
        <translation type="unfinished">أرشفة الملف</translation>
    </message>
    <message>
        <source>Archive the closed case {case}? It will no longer appear among active cases.</source>
        <translation type="unfinished">أرشفة الملف المغلق {case}؟ لن يظهر بعد ذلك بين الملفات النشطة.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished">أرشفة</translation>
    </message>
    <message>
        <source>About Transition Assistant</source>
        <translation type="unfinished">حول Transition Assistant</translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation type="unfinished">ملاحظة لم تُضف</translation>
    </message>
    <message>
        <source>You have written a note that is not added yet. Quit and discard it?</source>
        <translation type="unfinished">كتبت ملاحظة لم تُضف بعد. هل تريد الخروج وتجاهلها؟</translation>
    </message>
    <message>
        <source>Discard and quit</source>
        <translation type="unfinished">تجاهل وخروج</translation>
    </message>
    <message>
        <source>Sign in to open the family files.</source>
        <translation type="unfinished">سجّل الدخول لفتح ملفات العائلات.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Choose a family in the list first.</source>
        <translation type="unfinished">اختر عائلة من القائمة أولاً.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Transition Assistant</source>
        <translation type="unfinished">Transition Assistant</translation>
    </message>
    <message>
        <source>Something went wrong and the last action may not have been completed. Work you had saved is safe. If it happens again, tell your coordinator; the log file has the technical details.</source>
        <translation type="unfinished">حدث خطأ وربما لم يكتمل الإجراء الأخير. العمل الذي حفظته سابقًا آمن. إذا تكرر ذلك، فأبلغ المنسق؛ ويحتوي ملف السجل على التفاصيل التقنية.</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>euros</source>
        <translation type="unfinished">يورو</translation>
    </message>
    <message>
        <source>“{text}” is not an amount in euros (e.g. {example}).</source>
        <translation type="unfinished">«{text}» ليس مبلغًا باليورو (مثل {example}).</translation>
    </message>
    <message>
        <source>At most {max} euros.</source>
        <translation type="unfinished">{max} يورو على الأكثر.</translation>
    </message>
</context>
<context>
    <name>MunicipalityPicker</name>
    <message>
        <source>Name or postcode</source>
        <translation type="unfinished">الاسم أو الرمز البريدي</translation>
    </message>
    <message>
        <source>includes {locality} ({postcode})</source>
        <translation type="unfinished">تشمل {locality} ({postcode})</translation>
    </message>
    <message>
        <source>Municipalities found</source>
        <translation type="unfinished">البلديات التي عُثر عليها</translation>
    </message>
    <message>
        <source>Type a name in French, Dutch or German, or a postcode; choose from the list with the arrow keys and Enter</source>
        <translation type="unfinished">اكتب اسمًا بالفرنسية أو الهولندية أو الألمانية، أو رمزًا بريديًا؛ اختر من القائمة بمفاتيح الأسهم و Enter</translation>
    </message>
    <message>
        <source>Type a municipality&apos;s name in any of its languages, or a postcode; the municipalities found are listed below, Down and Enter choose one.</source>
        <translation type="unfinished">اكتب اسم البلدية بإحدى لغاتها، أو رمزًا بريديًا؛ تظهر البلديات التي عُثر عليها أدناه، ويختار السهم السفلي و Enter واحدة منها.</translation>
    </message>
    <message>
        <source>No Belgian municipality is called “{text}” or has that postcode.</source>
        <translation type="unfinished">لا توجد بلدية بلجيكية اسمها «{text}» أو لها هذا الرمز البريدي.</translation>
    </message>
    <message>
        <source>“{text}” could be {first} or another municipality: choose one from the list.</source>
        <translation type="unfinished">«{text}» قد تكون {first} أو بلدية أخرى: اختر واحدة من القائمة.</translation>
    </message>
</context>
<context>
    <name>PostponeStepDialog</name>
    <message>
        <source>New due date for a step</source>
        <translation type="unfinished">موعد نهائي جديد لخطوة</translation>
    </message>
    <message>
        <source>New &amp;due date</source>
        <translation type="unfinished">موعد نهائي &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">ال&amp;سبب</translation>
    </message>
    <message>
        <source>e.g. the CPAS/OCMW has no appointment before then</source>
        <translation type="unfinished">مثلًا: لا يوجد موعد لدى CPAS/OCMW قبل ذلك</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation type="unfinished">مشاكل يجب تصحيحها</translation>
    </message>
    <message>
        <source>Back to the &amp;computed date</source>
        <translation type="unfinished">العودة إلى التاريخ ال&amp;محسوب</translation>
    </message>
    <message>
        <source>Due by the rules: {date}.</source>
        <translation type="unfinished">الموعد حسب القواعد: {date}.</translation>
    </message>
    <message>
        <source>The rules give this step no due date.</source>
        <translation type="unfinished">لا تعطي القواعد هذه الخطوة موعدًا نهائيًا.</translation>
    </message>
    <message>
        <source>Back to the computed date</source>
        <translation type="unfinished">العودة إلى التاريخ المحسوب</translation>
    </message>
    <message>
        <source>Forget the due date set by hand ({date}) and its reason? The step is due on the date the rules compute again.</source>
        <translation type="unfinished">نسيان الموعد النهائي المحدد يدويًا ({date}) وسببه؟ يعود موعد الخطوة إلى التاريخ الذي تحسبه القواعد.</translation>
    </message>
    <message>
        <source>Use the computed date</source>
        <translation type="unfinished">استخدام التاريخ المحسوب</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished">استعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>This backup was made from another database. Enter that database&apos;s recovery key (14 groups of 4 letters and digits):</source>
        <translation type="unfinished">هذه النسخة الاحتياطية مأخوذة من قاعدة بيانات أخرى. أدخل مفتاح الاسترداد لتلك القاعدة (14 مجموعة من 4 حروف وأرقام):</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation type="unfinished">مدة الاحتفاظ</translation>
    </message>
    <message>
        <source>Anonymise closed cases this many months after they were closed:</source>
        <translation type="unfinished">إخفاء هوية الملفات المغلقة بعد هذا العدد من الأشهر من إغلاقها:</translation>
    </message>
    <message>
        <source>Export family data</source>
        <translation type="unfinished">تصدير بيانات العائلة</translation>
    </message>
    <message>
        <source>The export holds every piece of personal data about case {case}, including national register numbers and confidential notes. Give it only to the family and keep the files safe. Continue?</source>
        <translation type="unfinished">يحتوي التصدير على كل البيانات الشخصية عن الملف {case}، بما في ذلك أرقام السجل الوطني والملاحظات السرية. لا تعطه إلا للعائلة واحفظ الملفات بأمان. هل تريد المتابعة؟</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">تصدير</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported {case} to {json} and {pdf}.</source>
        <translation type="unfinished">تم تصدير {case} إلى {json} و{pdf}.</translation>
    </message>
    <message>
        <source>Erase family data</source>
        <translation type="unfinished">محو بيانات العائلة</translation>
    </message>
    <message>
        <source>Erase the personal data of case {case} ({members} members) on request? Names, contacts, notes, consents and national register numbers are removed and dates made approximate; only counts stay for statistics. This cannot be undone.</source>
        <translation type="unfinished">محو البيانات الشخصية للملف {case} ({members} أفراد) بناءً على الطلب؟ تُحذف الأسماء ووسائل الاتصال والملاحظات والموافقات وأرقام السجل الوطني، وتصبح التواريخ تقريبية؛ ولا يبقى إلا العدد لأغراض الإحصاء. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished">محو</translation>
    </message>
    <message>
        <source>The data of {case} was erased.</source>
        <translation type="unfinished">تم محو بيانات {case}.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished">تم تغيير كلمة المرور.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished">نسخ احتياطي لقاعدة البيانات</translation>
    </message>
    <message>
        <source>Transition Assistant backups (*.tabackup);;All files (*)</source>
        <translation type="unfinished">نسخ Transition Assistant الاحتياطية (*.tabackup);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished">جارٍ كتابة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Backup written and checked: {file} ({families} families). It opens with this database&apos;s recovery key.</source>
        <translation type="unfinished">كُتبت النسخة الاحتياطية وتم التحقق منها: {file} ({families} عائلة). تُفتح بمفتاح الاسترداد لقاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>All the current data will be replaced by the data of the backup {file}; changes made since the backup was written are lost. A safety copy of the current database is kept in the backups folder. Transition Assistant will then close and start again. Continue?</source>
        <translation type="unfinished">ستُستبدل كل البيانات الحالية ببيانات النسخة الاحتياطية {file}؛ وستضيع التغييرات التي أُجريت منذ كتابة النسخة الاحتياطية. تُحفظ نسخة أمان من قاعدة البيانات الحالية في مجلد النسخ الاحتياطية. ثم سيُغلق Transition Assistant ويُعاد تشغيله. هل تريد المتابعة؟</translation>
    </message>
    <message>
        <source>Replace the data</source>
        <translation type="unfinished">استبدال البيانات</translation>
    </message>
    <message>
        <source>The backup was restored ({families} families). The previous data is kept in {copy}. Transition Assistant will now start again: sign in with your account of the restored data.</source>
        <translation type="unfinished">تمت استعادة النسخة الاحتياطية ({families} عائلة). البيانات السابقة محفوظة في {copy}. سيُعاد الآن تشغيل Transition Assistant: سجّل الدخول بحسابك في البيانات المستعادة.</translation>
    </message>
    <message>
        <source>Closed cases are anonymised {months} months after they were closed; this is done at every start.</source>
        <translation type="unfinished">يُطبَّق إخفاء الهوية على الملفات المغلقة بعد {months} شهرًا من إغلاقها؛ ويتم ذلك عند كل تشغيل.</translation>
    </message>
    <message>
        <source>Cases due now: {count}.</source>
        <translation type="unfinished">الملفات المستحقة الآن: {count}.</translation>
    </message>
    <message>
        <source>Retention of closed cases</source>
        <translation type="unfinished">الاحتفاظ بالملفات المغلقة</translation>
    </message>
    <message>
        <source>&amp;Anonymise now</source>
        <translation type="unfinished">إخفاء الهوية &amp;الآن</translation>
    </message>
    <message>
        <source>Change the &amp;period…</source>
        <translation type="unfinished">تغيير &amp;المدة…</translation>
    </message>
    <message>
        <source>{count} closed cases were anonymised.</source>
        <translation type="unfinished">تم إخفاء هوية {count} من الملفات المغلقة.</translation>
    </message>
    <message>
        <source>C&amp;onsents…</source>
        <translation type="unfinished">ال&amp;موافقات…</translation>
    </message>
    <message>
        <source>Admin &amp;buddies…</source>
        <translation type="unfinished">المرافقون ال&amp;إداريون…</translation>
    </message>
    <message>
        <source>E&amp;xport family data (subject access)…</source>
        <translation type="unfinished">تص&amp;دير بيانات العائلة (حق الاطلاع)…</translation>
    </message>
    <message>
        <source>E&amp;rase family data on request…</source>
        <translation type="unfinished">م&amp;حو بيانات العائلة بناءً على طلب…</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation type="unfinished">تغيير &amp;كلمة المرور…</translation>
    </message>
    <message>
        <source>Back &amp;up database…</source>
        <translation type="unfinished">&amp;نسخ احتياطي لقاعدة البيانات…</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation type="unfinished">ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished">ال&amp;إدارة</translation>
    </message>
    <message>
        <source>Reception &amp;centres…</source>
        <translation type="unfinished">&amp;مراكز الاستقبال…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished">&amp;المستخدمون…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished">&amp;سجل التدقيق…</translation>
    </message>
    <message>
        <source>&amp;Retention of closed cases…</source>
        <translation type="unfinished">الا&amp;حتفاظ بالملفات المغلقة…</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation type="unfinished">مسجَّل الدخول: {user} ({role})</translation>
    </message>
    <message>
        <source>Retention rule: {count} cases closed before {date} were anonymised.</source>
        <translation type="unfinished">قاعدة الاحتفاظ: تم إخفاء هوية {count} من الملفات المغلقة قبل {date}.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>The database is encrypted. This recovery key opens it on another computer, or here if the key or the passphrase is lost. It is shown only this once: write it down or print it now, and keep it somewhere safe, away from the computer.</source>
        <translation type="unfinished">قاعدة البيانات مشفرة. مفتاح الاسترداد هذا يفتحها على حاسوب آخر، أو هنا إذا فُقد المفتاح أو عبارة المرور. لا يُعرض إلا هذه المرة: اكتبه أو اطبعه الآن، واحفظه في مكان آمن بعيدًا عن الحاسوب.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;طباعة…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;نسخ</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation type="unfinished">&amp;كتبت مفتاح الاسترداد أو طبعته</translation>
    </message>
    <message>
        <source>Transition Assistant — recovery key of the database</source>
        <translation type="unfinished">Transition Assistant — مفتاح الاسترداد لقاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished">المنسق</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished">المرشد الاجتماعي</translation>
    </message>
    <message>
        <source>Admin buddy</source>
        <translation type="unfinished">المرافق الإداري</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished">دورك لا يسمح بذلك.</translation>
    </message>
    <message>
        <source>This family is not among the families you follow.</source>
        <translation type="unfinished">هذه العائلة ليست من العائلات التي تتابعها.</translation>
    </message>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation type="unfinished">اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Try again in {minutes} minutes, or ask a coordinator to unlock it.</source>
        <translation type="unfinished">هذا الحساب مقفل بعد عدد كبير من كلمات المرور الخاطئة. حاول مجددًا بعد {minutes} دقيقة، أو اطلب من منسق فتحه.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation type="unfinished">كلمة المرور الحالية غير صحيحة.</translation>
    </message>
    <message>
        <source>A coordinator account already exists: sign in, or ask the coordinator for an account.</source>
        <translation type="unfinished">يوجد حساب منسق بالفعل: سجّل الدخول، أو اطلب من المنسق حسابًا.</translation>
    </message>
    <message>
        <source>This is the last active coordinator account: create another coordinator first.</source>
        <translation type="unfinished">هذا آخر حساب منسق نشط: أنشئ منسقًا آخر أولاً.</translation>
    </message>
    <message>
        <source>This user does not exist (any more).</source>
        <translation type="unfinished">هذا المستخدم غير موجود (أو لم يعد موجودًا).</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">سجّل الدخول أولاً.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished">لا يمكنك تعطيل حسابك الخاص.</translation>
    </message>
    <message>
        <source>This person is not an active admin buddy.</source>
        <translation type="unfinished">هذا الشخص ليس مرافقًا إداريًا نشطًا.</translation>
    </message>
    <message>
        <source>This buddy already accompanies this family.</source>
        <translation type="unfinished">هذا المرافق يرافق هذه العائلة بالفعل.</translation>
    </message>
    <message>
        <source>This buddy does not accompany this family.</source>
        <translation type="unfinished">هذا المرافق لا يرافق هذه العائلة.</translation>
    </message>
    <message>
        <source>This family does not exist (any more).</source>
        <translation type="unfinished">هذه العائلة غير موجودة (أو لم تعد موجودة).</translation>
    </message>
    <message>
        <source>This checklist step does not exist (any more).</source>
        <translation type="unfinished">خطوة القائمة هذه غير موجودة (أو لم تعد موجودة).</translation>
    </message>
    <message>
        <source>This family has no protection decision yet: record the decision to get its checklist.</source>
        <translation type="unfinished">لا يوجد لهذه العائلة قرار حماية بعد: سجّل القرار للحصول على قائمة خطواتها.</translation>
    </message>
    <message>
        <source>This step was changed by someone else since you opened the checklist. The checklist now shows their change; make yours again if it is still needed.</source>
        <translation type="unfinished">عدّل شخص آخر هذه الخطوة منذ أن فتحت القائمة. تعرض القائمة الآن تعديله؛ أعد تعديلك إذا كان لا يزال لازمًا.</translation>
    </message>
    <message>
        <source>The step could not be added: check its title and the steps it waits for.</source>
        <translation type="unfinished">تعذّرت إضافة الخطوة: تحقق من عنوانها ومن الخطوات التي تنتظرها.</translation>
    </message>
    <message>
        <source>Only a social worker can record that the family left the centre (or undo it): it changes the case&apos;s status. Tell the family&apos;s social worker the day they left and where they went.</source>
        <translation type="unfinished">المرشد الاجتماعي وحده يمكنه تسجيل أن العائلة غادرت المركز (أو التراجع عن ذلك): فهذا يغيّر حالة الملف. أخبر المرشد الاجتماعي للعائلة بيوم المغادرة وبالمكان الذي ذهبت إليه.</translation>
    </message>
    <message>
        <source>Only a step that is done has a done date: mark it done first.</source>
        <translation type="unfinished">الخطوة المنجزة فقط لها تاريخ إنجاز: علّمها كمنجزة أولًا.</translation>
    </message>
    <message>
        <source>Only an open step can get a new due date (this one is done or not applicable).</source>
        <translation type="unfinished">الخطوة المفتوحة فقط يمكن أن تحصل على موعد نهائي جديد (هذه منجزة أو غير قابلة للتطبيق).</translation>
    </message>
    <message>
        <source>Only a step added by hand can be removed; mark a step of the checklist not applicable instead.</source>
        <translation type="unfinished">لا يمكن حذف إلا خطوة أُضيفت يدويًا؛ علّم خطوة القائمة بأنها غير قابلة للتطبيق بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This change is not in the checklist&apos;s history.</source>
        <translation type="unfinished">هذا التغيير غير موجود في سجل القائمة.</translation>
    </message>
    <message>
        <source>This kind of change cannot be undone.</source>
        <translation type="unfinished">لا يمكن التراجع عن هذا النوع من التغييرات.</translation>
    </message>
    <message>
        <source>This change was already undone.</source>
        <translation type="unfinished">تم التراجع عن هذا التغيير من قبل.</translation>
    </message>
    <message>
        <source>You can only undo your own changes.</source>
        <translation type="unfinished">يمكنك التراجع عن تغييراتك فقط.</translation>
    </message>
    <message>
        <source>This change can no longer be undone: the step (or the family) was changed again since. The checklist now shows what it is now.</source>
        <translation type="unfinished">لم يعد ممكنًا التراجع عن هذا التغيير: عُدّلت الخطوة (أو العائلة) مرة أخرى منذ ذلك الحين. تعرض القائمة الآن حالتها الحالية.</translation>
    </message>
    <message>
        <source>This family was changed by someone else since you opened it. Reopen it to see the changes, then make yours again.</source>
        <translation type="unfinished">عدّل شخص آخر هذه العائلة منذ أن فتحتها. أعد فتحها لرؤية التغييرات، ثم أعد إجراء تغييراتك.</translation>
    </message>
    <message>
        <source>Only a closed case can be archived.</source>
        <translation type="unfinished">لا يمكن أرشفة إلا ملف مغلق.</translation>
    </message>
    <message>
        <source>This consent record does not exist (any more).</source>
        <translation type="unfinished">سجل الموافقة هذا غير موجود (أو لم يعد موجودًا).</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation type="unfinished">سُحبت هذه الموافقة من قبل.</translation>
    </message>
    <message>
        <source>This family&apos;s data was already erased.</source>
        <translation type="unfinished">مُحيت بيانات هذه العائلة من قبل.</translation>
    </message>
    <message>
        <source>Choose who the dossier is for.</source>
        <extracomment>The minimum each recipient needs; never the confidential notes. What a recipient may never get, whatever is ticked (a buddy: see access.permissions). Recipients that get national register and residence card numbers (they register the family).</extracomment>
        <translation type="unfinished">اختر الجهة التي يُعدّ لها الملف.</translation>
    </message>
    <message>
        <source>The dossier has no such section.</source>
        <translation type="unfinished">لا يحتوي الملف على هذا القسم.</translation>
    </message>
    <message>
        <source>This recipient may not receive protection details or confidential notes.</source>
        <translation type="unfinished">لا يجوز لهذا المستلم تلقي تفاصيل الحماية أو الملاحظات السرية.</translation>
    </message>
    <message>
        <source>Choose at least one section for the dossier.</source>
        <translation type="unfinished">اختر قسمًا واحدًا على الأقل للملف.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished">المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <source>The family has not given its consent to share a handover dossier with this recipient. Record the consent first, or give the reason why the dossier must be shared anyway.</source>
        <translation type="unfinished">لم تُعطِ العائلة موافقتها على مشاركة ملف التسليم مع هذه الجهة. سجّل الموافقة أولًا، أو اذكر سبب ضرورة مشاركة الملف رغم ذلك.</translation>
    </message>
    <message>
        <source>Confidential notes may be shared only when the family&apos;s consent for this recipient names them.</source>
        <translation type="unfinished">لا يجوز مشاركة الملاحظات السرية إلا إذا ذكرتها موافقة العائلة الخاصة بهذه الجهة.</translation>
    </message>
    <message>
        <source>The dossier cannot be written in this language.</source>
        <translation type="unfinished">لا يمكن كتابة الملف بهذه اللغة.</translation>
    </message>
    <message>
        <source>A dossier is saved as PDF or DOCX.</source>
        <translation type="unfinished">يُحفظ الملف بصيغة PDF أو DOCX.</translation>
    </message>
    <message>
        <source>You can only record families of your own reception centre.</source>
        <translation type="unfinished">لا يمكنك تسجيل إلا عائلات مركز الاستقبال الخاص بك.</translation>
    </message>
    <message>
        <source>This appointment does not exist (any more).</source>
        <translation type="unfinished">هذا الموعد غير موجود (أو لم يعد موجودًا).</translation>
    </message>
    <message>
        <source>This appointment was changed by someone else since you opened it. Reopen it to see the changes, then make yours again.</source>
        <translation type="unfinished">عدّل شخص آخر هذا الموعد منذ أن فتحته. أعد فتحه لرؤية التغييرات، ثم أعد إجراء تغييراتك.</translation>
    </message>
    <message>
        <source>This family has no open checklist step, so there is no step card to make.</source>
        <translation type="unfinished">ليس لهذه العائلة أي خطوة مفتوحة في القائمة، لذا لا توجد بطاقة خطوة لإنشائها.</translation>
    </message>
    <message>
        <source>This step is not in the family&apos;s checklist.</source>
        <translation type="unfinished">هذه الخطوة ليست في قائمة خطوات العائلة.</translation>
    </message>
    <message>
        <source>There are no step card texts in this language.</source>
        <translation type="unfinished">لا توجد نصوص لبطاقات الخطوات بهذه اللغة.</translation>
    </message>
    <message>
        <source>An admin buddy can mark a step done or waiting, or undo that.</source>
        <translation type="unfinished">يستطيع المرافق الإداري تأشير خطوة كمنجزة أو بالانتظار، أو التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Appointments are not available in this version.</source>
        <translation type="unfinished">المواعيد غير متاحة في هذا الإصدار.</translation>
    </message>
    <message>
        <source>This directory entry does not exist (any more).</source>
        <translation type="unfinished">إدخال الدليل هذا غير موجود (أو لم يعد موجودًا).</translation>
    </message>
    <message>
        <source>This directory entry was changed by someone else since you opened it. Reopen it to see the changes, then make yours again.</source>
        <translation type="unfinished">عدّل شخص آخر إدخال الدليل هذا منذ أن فتحته. أعد فتحه لرؤية التغييرات، ثم أعد إجراء تغييراتك.</translation>
    </message>
    <message>
        <source>This entry comes with the application and cannot be removed; only local changes to it can be.</source>
        <translation type="unfinished">هذا الإدخال مرفق مع البرنامج ولا يمكن حذفه؛ يمكن فقط حذف تغييراته المحلية.</translation>
    </message>
    <message>
        <source>The directory has no postal address for {name}. Type it for this letter; you can save it to the directory.</source>
        <translation type="unfinished">لا يوجد في الدليل عنوان بريدي لـ {name}. اكتبه لهذه الرسالة؛ يمكنك حفظه في الدليل.</translation>
    </message>
    <message>
        <source>The address of {name} in the directory has no postcode. Type the full address for this letter; you can save it to the directory.</source>
        <translation type="unfinished">عنوان {name} في الدليل بلا رمز بريدي. اكتب العنوان كاملًا لهذه الرسالة؛ يمكنك حفظه في الدليل.</translation>
    </message>
    <message>
        <source>The address of {name} is marked as uncertain in the directory (checked on {checked}). Check it before the letter is sent.</source>
        <translation type="unfinished">عنوان {name} معلَّم في الدليل بأنه غير مؤكد (تم التحقق منه في {checked}). تحقق منه قبل إرسال الرسالة.</translation>
    </message>
    <message>
        <source>The address of {name} is marked as uncertain in the directory and was never checked. Check it before the letter is sent.</source>
        <translation type="unfinished">عنوان {name} معلَّم في الدليل بأنه غير مؤكد ولم يتم التحقق منه أبدًا. تحقق منه قبل إرسال الرسالة.</translation>
    </message>
    <message>
        <source>This recipient is not in the directory. Type the address for this letter.</source>
        <translation type="unfinished">هذا المرسَل إليه غير موجود في الدليل. اكتب العنوان لهذه الرسالة.</translation>
    </message>
    <message>
        <source>{label}: another reception centre is already called &apos;{value}&apos;.</source>
        <translation type="unfinished">{label}: يوجد مركز استقبال آخر باسم &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{label}: the postcode {postcode} belongs to {choices}; choose one.</source>
        <translation type="unfinished">{label}: الرمز البريدي {postcode} يخص {choices}؛ اختر واحدة منها.</translation>
    </message>
    <message>
        <source>{label}: no Belgian municipality is called &apos;{value}&apos;.</source>
        <translation type="unfinished">{label}: لا توجد بلدية بلجيكية باسم &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a Belgian telephone number (for example 02 123 45 67 or 0470 12 34 56).</source>
        <translation type="unfinished">{label}: &apos;{value}&apos; ليس رقم هاتف بلجيكياً (مثلاً 02 123 45 67 أو 0470 12 34 56).</translation>
    </message>
    <message>
        <source>{label}: an enterprise number has 10 digits, for example 0403.019.261.</source>
        <translation type="unfinished">{label}: يتكون رقم المؤسسة من 10 أرقام، مثلاً 0403.019.261.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a valid enterprise number (its check digits do not match).</source>
        <translation type="unfinished">{label}: {value} ليس رقم مؤسسة صالحاً (أرقام التحقق فيه غير متطابقة).</translation>
    </message>
    <message>
        <source>{label}: the file is not a PNG or JPEG image.</source>
        <translation type="unfinished">{label}: الملف ليس صورة بصيغة PNG أو JPEG.</translation>
    </message>
    <message>
        <source>{label}: the image cannot be read (the file may be damaged).</source>
        <translation type="unfinished">{label}: لا يمكن قراءة الصورة (ربما يكون الملف تالفاً).</translation>
    </message>
    <message>
        <source>{label}: the image is too large ({size} KB; at most {max} KB).</source>
        <translation type="unfinished">{label}: الصورة كبيرة جداً ({size} كيلوبايت؛ الحد الأقصى {max} كيلوبايت).</translation>
    </message>
    <message>
        <source>{label}: this reception centre is retired; choose an active one.</source>
        <translation type="unfinished">{label}: هذا المركز موقوف؛ اختر مركزاً نشطاً.</translation>
    </message>
    <message>
        <source>{label}: this reception centre does not exist.</source>
        <translation type="unfinished">{label}: مركز الاستقبال هذا غير موجود.</translation>
    </message>
    <message>
        <source>{label}: social workers and admin buddies belong to a reception centre; choose one.</source>
        <translation type="unfinished">{label}: ينتمي المرشدون الاجتماعيون والمرافقون الإداريون إلى مركز استقبال؛ اختر واحداً.</translation>
    </message>
    <message>
        <source>This reception centre does not exist (any more).</source>
        <translation type="unfinished">مركز الاستقبال هذا غير موجود (لم يعد موجوداً).</translation>
    </message>
    <message>
        <source>This reception centre was changed by someone else since you opened it. Open it again to see the changes, then make yours again.</source>
        <translation type="unfinished">عدّل شخص آخر مركز الاستقبال هذا منذ أن فتحته. افتحه مرة أخرى لترى التغييرات، ثم أعد إجراء تغييراتك.</translation>
    </message>
    <message>
        <source>{label}: the user name &apos;{value}&apos; is already taken.</source>
        <translation type="unfinished">{label}: اسم المستخدم &apos;{value}&apos; مستخدم بالفعل.</translation>
    </message>
    <message>
        <source>Unknown file format &apos;{format}&apos;: use csv or xlsx.</source>
        <extracomment>Rows an XLSX sheet holds (1,048,576) less the title and header rows.</extracomment>
        <translation type="unfinished">صيغة ملف غير معروفة «{format}»: استخدم csv أو xlsx.</translation>
    </message>
    <message>
        <source>A CSV file is separated by &apos;;&apos; or &apos;,&apos;.</source>
        <translation type="unfinished">يُفصل ملف CSV بـ «;» أو «,».</translation>
    </message>
    <message>
        <source>The number of days must be 0 or more.</source>
        <translation type="unfinished">يجب أن يكون عدد الأيام 0 أو أكثر.</translation>
    </message>
    <message>
        <source>This list has {rows} rows, more than a spreadsheet holds ({max}). Narrow it with a filter.</source>
        <translation type="unfinished">تحتوي هذه القائمة على {rows} صفًا، أكثر مما يتسع له جدول البيانات ({max}). ضيّقها بمرشح.</translation>
    </message>
    <message>
        <source>The file could not be written ({reason}). Choose another folder or name.</source>
        <translation type="unfinished">تعذّرت كتابة الملف ({reason}). اختر مجلدًا أو اسمًا آخر.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished">أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is not a language of the interface (en, fr, nl, de, ar).</source>
        <translation type="unfinished">«{language}» ليست من لغات الواجهة (en، fr، nl، de، ar).</translation>
    </message>
    <message>
        <source>Sign in with your own account to keep your settings.</source>
        <translation type="unfinished">سجّل الدخول بحسابك الخاص لحفظ إعداداتك.</translation>
    </message>
    <message>
        <source>There is no such letter; the command &apos;letter --list&apos; lists them.</source>
        <translation type="unfinished">لا توجد رسالة بهذا الاسم؛ الأمر &apos;letter --list&apos; يعرض الرسائل.</translation>
    </message>
    <message>
        <source>This letter has no input &apos;{name}&apos; (its inputs: {known}).</source>
        <translation type="unfinished">لا تحتوي هذه الرسالة على المعطى &apos;{name}&apos; (معطياتها: {known}).</translation>
    </message>
    <message>
        <source>A letter to an authority is written in one of these languages: {languages}.</source>
        <translation type="unfinished">تُكتب الرسالة إلى جهة رسمية بإحدى هذه اللغات: {languages}.</translation>
    </message>
    <message>
        <source>There are no letter texts in the language &apos;{language}&apos; (languages: {languages}).</source>
        <translation type="unfinished">لا توجد نصوص رسائل باللغة &apos;{language}&apos; (اللغات: {languages}).</translation>
    </message>
    <message>
        <source>No consent of the family is recorded for “{purpose}” with {recipient}. Record the family’s consent first (family file ▸ Consents), or give the reason why it must be sent without one.</source>
        <extracomment>the shortest reason accepted for sharing without a recorded consent</extracomment>
        <translation type="unfinished">لا توجد موافقة مسجّلة للعائلة على «{purpose}» مع {recipient}. سجّلوا موافقة العائلة أولًا (ملف العائلة ◂ الموافقات)، أو اذكروا سبب وجوب الإرسال من دون موافقة.</translation>
    </message>
    <message>
        <source>The family’s consent for {recipient} does not cover the confidential notes. Leave them out, or record a consent that names them (family file ▸ Consents).</source>
        <translation type="unfinished">موافقة العائلة لـ {recipient} لا تشمل الملاحظات السرية. احذفوها، أو سجّلوا موافقة تذكرها صراحةً (ملف العائلة ◂ الموافقات).</translation>
    </message>
    <message>
        <source>Say in at least {min} characters why this must be sent without the family’s consent (no names or health details: the reason is kept in the audit log).</source>
        <translation type="unfinished">اشرحوا في {min} حرفًا على الأقل لماذا يجب إرسال هذا من دون موافقة العائلة (دون أسماء أو تفاصيل صحية: يُحفَظ السبب في سجل التدقيق).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">الإعدادات</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished">&amp;لغة الواجهة</translation>
    </message>
    <message>
        <source>The language of menus, windows and messages</source>
        <translation type="unfinished">لغة القوائم والنوافذ والرسائل</translation>
    </message>
    <message>
        <source>The texts in this language are draft translations that a qualified translator has not reviewed yet.</source>
        <translation type="unfinished">النصوص بهذه اللغة ترجمات مسودة لم يراجعها مترجم مؤهل بعد.</translation>
    </message>
    <message>
        <source>The language changes at once. It is kept with your account: you find it again on every computer where you sign in.</source>
        <translation type="unfinished">تتغيّر اللغة فورًا. وتُحفظ مع حسابك: تجدها على كل حاسوب تسجّل الدخول إليه.</translation>
    </message>
    <message>
        <source>The language changes at once. Until someone signs in, it is kept on this computer.</source>
        <translation type="unfinished">تتغيّر اللغة فورًا. وإلى أن يسجّل أحد الدخول، تُحفظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">الإ&amp;عدادات…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Transition Assistant</source>
        <translation type="unfinished">تسجيل الدخول — Transition Assistant</translation>
    </message>
    <message>
        <source>Sign in to Transition Assistant</source>
        <translation type="unfinished">تسجيل الدخول إلى Transition Assistant</translation>
    </message>
    <message>
        <source>Family files hold sensitive personal data: every file you open is recorded in the audit log under your name.</source>
        <translation type="unfinished">تحتوي ملفات العائلات على بيانات شخصية حساسة: كل ملف تفتحه يُسجَّل في سجل التدقيق باسمك.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished">&amp;اسم المستخدم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">اسم المستخدم</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;كلمة المرور</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">كلمة المرور</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished">رسالة تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished">&amp;تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>StepCardsDialog</name>
    <message>
        <source>Step cards</source>
        <translation type="unfinished">بطاقات الخطوات</translation>
    </message>
    <message>
        <source>A printable page per step in the family&apos;s language, with the authority&apos;s language underneath: what the step is, where to go, what to bring, by when and what comes next.</source>
        <translation type="unfinished">صفحة قابلة للطباعة لكل خطوة بلغة العائلة، وتحتها لغة الجهة الرسمية: ما هي الخطوة، وإلى أين تذهب، وما يجب إحضاره، وقبل أي موعد، وما الذي يأتي بعدها.</translation>
    </message>
    <message>
        <source>&amp;Family&apos;s language</source>
        <translation type="unfinished">&amp;لغة العائلة</translation>
    </message>
    <message>
        <source>Language &amp;underneath</source>
        <translation type="unfinished">اللغة &amp;في الأسفل</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation type="unfinished">ال&amp;ورق</translation>
    </message>
    <message>
        <source>&amp;QR code of the address on the family&apos;s cards (a phone opens it in its map)</source>
        <translation type="unfinished">رمز &amp;QR للعنوان على بطاقات العائلة (يفتحه الهاتف في الخريطة)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished">البطاقات</translation>
    </message>
    <message>
        <source>A booklet of all open &amp;steps</source>
        <translation type="unfinished">كتيّب بكل &amp;الخطوات المفتوحة</translation>
    </message>
    <message>
        <source>&amp;One card for</source>
        <translation type="unfinished">&amp;بطاقة واحدة لـ</translation>
    </message>
    <message>
        <source>Step of the card</source>
        <translation type="unfinished">خطوة البطاقة</translation>
    </message>
    <message>
        <source>A4, one card a page</source>
        <translation type="unfinished">A4، بطاقة واحدة في كل صفحة</translation>
    </message>
    <message>
        <source>Two A5 cards per A4 sheet (cut in the middle)</source>
        <translation type="unfinished">بطاقتان بحجم A5 في كل ورقة A4 (تُقصّ من الوسط)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished">&amp;معاينة…</translation>
    </message>
    <message>
        <source>This family has no open checklist step.</source>
        <translation type="unfinished">ليس لهذه العائلة أي خطوة مفتوحة في القائمة.</translation>
    </message>
    <message>
        <source>The card words in {languages} are draft translations, not yet reviewed; the cards say so.</source>
        <translation type="unfinished">كلمات البطاقات باللغات {languages} ترجمات مسودة لم تُراجع بعد؛ والبطاقات تذكر ذلك.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open the database</source>
        <translation type="unfinished">فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation type="unfinished">&amp;مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-…</source>
        <translation type="unfinished">XXXX-XXXX-XXXX-…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase &amp;again</source>
        <translation type="unfinished">عبارة المرور مرة &amp;أخرى</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished">عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>I forgot the passphrase: use the &amp;recovery key</source>
        <translation type="unfinished">نسيت عبارة المرور: استخدم &amp;مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>New &amp;passphrase</source>
        <translation type="unfinished">&amp;عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished">عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation type="unfinished">تشفير قاعدة البيانات</translation>
    </message>
    <message>
        <source>This database is not encrypted. Encrypt it now? A verified encrypted copy replaces the file.</source>
        <translation type="unfinished">قاعدة البيانات هذه غير مشفرة. هل تريد تشفيرها الآن؟ ستحل محل الملف نسخة مشفرة تم التحقق منها.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation type="unfinished">تشفير</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>User account</source>
        <translation type="unfinished">حساب المستخدم</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished">&amp;الاسم الكامل</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished">ا&amp;سم المستخدم</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">ال&amp;دور</translation>
    </message>
    <message>
        <source>Reception &amp;centre</source>
        <translation type="unfinished">&amp;مركز الاستقبال</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation type="unfinished">ال&amp;وظيفة</translation>
    </message>
    <message>
        <source>Printed under the person&apos;s name in letters; choose one or type another.</source>
        <translation type="unfinished">تُطبع تحت اسم الشخص في الرسائل؛ اختر واحدة أو اكتب غيرها.</translation>
    </message>
    <message>
        <source>Title f&amp;orm</source>
        <translation type="unfinished">&amp;صيغة المسمى الوظيفي</translation>
    </message>
    <message>
        <source>How the job title is written: feminine, masculine or neutral, as the person chooses.</source>
        <translation type="unfinished">كيف يُكتب المسمى الوظيفي: بصيغة المؤنث أو المذكر أو بصيغة محايدة، حسب اختيار الشخص.</translation>
    </message>
    <message>
        <source>Direct p&amp;hone</source>
        <translation type="unfinished">ال&amp;هاتف المباشر</translation>
    </message>
    <message>
        <source>optional, e.g. 0470 12 34 56</source>
        <translation type="unfinished">اختياري، مثلاً: 0470 12 34 56</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished">البر&amp;يد الإلكتروني</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished">اختياري</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation type="unfinished">كلمة المرور &amp;الحالية</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;كلمة المرور</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished">كلمة المرور مرة &amp;أخرى</translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished">مستخدم جديد</translation>
    </message>
    <message>
        <source>Change user</source>
        <translation type="unfinished">تعديل المستخدم</translation>
    </message>
    <message>
        <source>New password for {user}</source>
        <translation type="unfinished">كلمة مرور جديدة لـ {user}</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished">تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>(none: every centre — coordinators only)</source>
        <translation type="unfinished">(لا شيء: كل المراكز — للمنسقين فقط)</translation>
    </message>
    <message>
        <source>{centre} (retired)</source>
        <translation type="unfinished">{centre} (موقوف)</translation>
    </message>
</context>
<context>
    <name>UserManageDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished">المستخدمون</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation type="unfinished">حسابات المستخدمين</translation>
    </message>
    <message>
        <source>Enter changes the selected account; Delete disables it, after asking.</source>
        <translation type="unfinished">مفتاح Enter يعدّل الحساب المحدد؛ مفتاح Delete يعطّله، بعد السؤال.</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished">مستخدم &amp;جديد…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished">&amp;تعديل…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation type="unfinished">&amp;كلمة مرور جديدة…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">&amp;فتح القفل</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished">ت&amp;عطيل</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;إغلاق</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">اسم المستخدم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">الدور</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished">المركز</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">وضع الحساب</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished">آخر تسجيل دخول</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished">معطَّل</translation>
    </message>
    <message>
        <source>locked (wrong passwords)</source>
        <translation type="unfinished">مقفل (كلمات مرور خاطئة)</translation>
    </message>
    <message>
        <source>no password</source>
        <translation type="unfinished">بدون كلمة مرور</translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished">نشط</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished">&amp;تفعيل</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation type="unfinished">تعطيل الحساب</translation>
    </message>
    <message>
        <source>Disable the account of {name}? They will no longer be able to sign in; their past work stays recorded.</source>
        <translation type="unfinished">تعطيل حساب {name}؟ لن يتمكن بعد ذلك من تسجيل الدخول؛ ويبقى عمله السابق مسجلاً.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished">تعطيل</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation type="unfinished">تحتاج كلمة المرور إلى 10 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished">يجب ألا تحتوي كلمة المرور على اسم المستخدم.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation type="unfinished">{label}: هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <source>{label} is too long (at most {max} characters).</source>
        <translation type="unfinished">{label}: النص طويل جدًا ({max} حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not one of the allowed values.</source>
        <translation type="unfinished">{label}: «{value}» ليست من القيم المسموح بها.</translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation type="unfinished">{label}: لا يمكن أن يكون هذا التاريخ في المستقبل.</translation>
    </message>
    <message>
        <source>{label} cannot be before {other}.</source>
        <translation type="unfinished">{label}: لا يمكن أن يكون هذا التاريخ قبل تاريخ الحقل «{other}».</translation>
    </message>
    <message>
        <source>{label}: this is not a valid Belgian national register or BIS number ({reason}).</source>
        <translation type="unfinished">{label}: هذا ليس رقم سجل وطني بلجيكي أو رقم BIS صالحًا ({reason}).</translation>
    </message>
    <message>
        <source>{label} does not match the birth date ({birth_date}).</source>
        <translation type="unfinished">{label}: الرقم لا يتطابق مع تاريخ الميلاد ({birth_date}).</translation>
    </message>
    <message>
        <source>{label} &apos;{value}&apos; is already used by another case.</source>
        <translation type="unfinished">{label}: «{value}» مستخدم بالفعل في ملف آخر.</translation>
    </message>
    <message>
        <source>A household needs exactly one head of household (it has {count}).</source>
        <translation type="unfinished">يجب أن يكون للأسرة ربّ أسرة واحد بالضبط (العدد الحالي: {count}).</translation>
    </message>
    <message>
        <source>A household needs at least one member.</source>
        <translation type="unfinished">يجب أن تضم الأسرة فردًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>{label}: unknown code &apos;{value}&apos;.</source>
        <translation type="unfinished">{label}: رمز غير معروف «{value}».</translation>
    </message>
    <message>
        <source>{label}: the preferred language must be one of the languages spoken.</source>
        <translation type="unfinished">{label}: يجب أن تكون اللغة المفضلة من اللغات المحكية.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a Belgian postcode.</source>
        <translation type="unfinished">{label}: {value} ليس رمزًا بريديًا بلجيكيًا.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a postcode of {municipality}.</source>
        <translation type="unfinished">{label}: {value} ليس رمزًا بريديًا لبلدية {municipality}.</translation>
    </message>
    <message>
        <source>{label} must be between {min} and {max} euros.</source>
        <translation type="unfinished">يجب أن يكون {label} بين {min} و{max} يورو.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an e-mail address.</source>
        <translation type="unfinished">{label}: «{value}» ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>Some fields need correcting.</source>
        <extracomment>The translation context of a code given as a bare source text (older call sites).</extracomment>
        <translation type="unfinished">بعض الحقول تحتاج إلى تصحيح.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">الدور</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">كلمة المرور</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation type="unfinished">مركز الاستقبال</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished">الوظيفة</translation>
    </message>
    <message>
        <source>Form of the job title</source>
        <translation type="unfinished">صيغة المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Direct phone</source>
        <translation type="unfinished">الهاتف المباشر</translation>
    </message>
    <message>
        <source>{label}: use 3 to 64 lower-case letters, digits, dots, hyphens or underscores.</source>
        <translation type="unfinished">{label}: استخدم من 3 إلى 64 من الأحرف اللاتينية الصغيرة أو الأرقام أو النقاط أو الشرطات أو الشرطات السفلية.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished">كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Note for the social worker</source>
        <extracomment>What a buddy may set a step to: done, waiting for someone else, or back to do (a wrong tick).</extracomment>
        <translation type="unfinished">ملاحظة للمرشد الاجتماعي</translation>
    </message>
    <message>
        <source>Step status</source>
        <extracomment>Families whose open steps are on the due list (closed and archived cases leave every list). Families no longer in reception: the steps of leaving it no longer need doing (see ``is_moot``). Tracks whose steps are done before leaving the centre (moot once the family left). The fields of a step a change records before and after (``checklist_event.before/after``; Undo). The family&apos;s fields the leave step changes (under ``&quot;family&quot;`` in before/after). Event kinds Undo can reverse. Dates of the case that are the day a step was done.</extracomment>
        <translation type="unfinished">حالة الخطوة</translation>
    </message>
    <message>
        <source>Reason the step is blocked</source>
        <translation type="unfinished">سبب توقف الخطوة</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation type="unfinished">تاريخ الإنجاز</translation>
    </message>
    <message>
        <source>Day the family left the centre</source>
        <translation type="unfinished">يوم مغادرة العائلة للمركز</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">ملاحظة</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation type="unfinished">عنوان الخطوة</translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished">المحور</translation>
    </message>
    <message>
        <source>Steps to do first</source>
        <translation type="unfinished">الخطوات التي يجب إنجازها أولًا</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished">الموعد النهائي</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation type="unfinished">الموعد النهائي الجديد</translation>
    </message>
    <message>
        <source>Reason for the new due date</source>
        <translation type="unfinished">سبب الموعد النهائي الجديد</translation>
    </message>
    <message>
        <source>Length of the extension (months)</source>
        <translation type="unfinished">مدة التمديد (بالأشهر)</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation type="unfinished">سبب التمديد</translation>
    </message>
    <message>
        <source>Reason for going beyond the maximum</source>
        <translation type="unfinished">سبب تجاوز الحد الأقصى</translation>
    </message>
    <message>
        <source>Date the extension was granted</source>
        <translation type="unfinished">تاريخ منح التمديد</translation>
    </message>
    <message>
        <source>{label} must be between {min} and {max}.</source>
        <translation type="unfinished">{label}: يجب أن تكون القيمة بين {min} و{max}.</translation>
    </message>
    <message>
        <source>The extensions would add up to {total} months, more than the maximum of {maximum} months in the rules: {label} is required.</source>
        <translation type="unfinished">سيصبح مجموع التمديدات {total} أشهر، وهو أكثر من الحد الأقصى البالغ {maximum} أشهر في القواعد: {label} مطلوب.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished">الاسم الشخصي</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">اسم العائلة</translation>
    </message>
    <message>
        <source>Relation to the head of household</source>
        <translation type="unfinished">صلة القرابة بربّ الأسرة</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished">تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">الجنس</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">الجنسية</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished">نوع الإدخال</translation>
    </message>
    <message>
        <source>Place for</source>
        <translation type="unfinished">المكان الخاص بـ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished">الرمز البريدي</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished">البلدية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished">الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">ساعات العمل</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished">اللغات المحكية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">الملاحظات</translation>
    </message>
    <message>
        <source>Date the address was checked</source>
        <translation type="unfinished">تاريخ التحقق من العنوان</translation>
    </message>
    <message>
        <source>Date the phone number was checked</source>
        <translation type="unfinished">تاريخ التحقق من رقم الهاتف</translation>
    </message>
    <message>
        <source>Date the e-mail address was checked</source>
        <translation type="unfinished">تاريخ التحقق من عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Date the opening hours were checked</source>
        <translation type="unfinished">تاريخ التحقق من ساعات العمل</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not valid.</source>
        <translation type="unfinished">{label}: «{value}» غير صالح.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a postcode of this municipality.</source>
        <translation type="unfinished">{label}: «{value}» ليس رمزًا بريديًا لهذه البلدية.</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished">اللغة المفضلة</translation>
    </message>
    <message>
        <source>National register number</source>
        <translation type="unfinished">رقم السجل الوطني</translation>
    </message>
    <message>
        <source>Residence card type</source>
        <translation type="unfinished">نوع بطاقة الإقامة</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <translation type="unfinished">رقم بطاقة الإقامة</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished">حالة الملف</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished">رقم الملف</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished">المرشد الاجتماعي</translation>
    </message>
    <message>
        <source>Immigration Office (OE/DVZ) number</source>
        <translation type="unfinished">رقم مكتب الأجانب (OE/DVZ)</translation>
    </message>
    <message>
        <source>{member}: a national register number has 11 digits (YY.MM.DD-XXX.CC); the one entered has {count}.</source>
        <translation type="unfinished">{member}: يتكون رقم السجل الوطني من 11 رقمًا (YY.MM.DD-XXX.CC)؛ الرقم المُدخل فيه {count}.</translation>
    </message>
    <message>
        <source>{member}: a national register number has only digits, dots and a hyphen (YY.MM.DD-XXX.CC).</source>
        <translation type="unfinished">{member}: يتكون رقم السجل الوطني من أرقام ونقاط وشرطة فقط (YY.MM.DD-XXX.CC).</translation>
    </message>
    <message>
        <source>{member}: the national register number is not valid: its last two digits do not match the others. Copy it again from the residence card.</source>
        <translation type="unfinished">{member}: رقم السجل الوطني غير صالح: آخر رقمين لا يتطابقان مع بقية الأرقام. انسخه مرة أخرى من بطاقة الإقامة.</translation>
    </message>
    <message>
        <source>{member}: the national register number is not valid: its first six digits are not a birth date (YY.MM.DD).</source>
        <translation type="unfinished">{member}: رقم السجل الوطني غير صالح: الأرقام الستة الأولى ليست تاريخ ميلاد (YY.MM.DD).</translation>
    </message>
    <message>
        <source>{member}: the national register number is for someone born on {encoded}, but the birth date entered is {birth_date}. Correct one of the two.</source>
        <translation type="unfinished">{member}: رقم السجل الوطني يخص شخصًا مولودًا في {encoded}، لكن تاريخ الميلاد المُدخل هو {birth_date}. صحّح أحدهما.</translation>
    </message>
    <message>
        <source>{label}: only digits, with or without dots (for example 8.123.456).</source>
        <translation type="unfinished">{label}: أرقام فقط، مع النقاط أو بدونها (مثلًا 8.123.456).</translation>
    </message>
    <message>
        <source>{label}: it has {count} digits; an Immigration Office number has {min} to {max}.</source>
        <translation type="unfinished">{label}: فيه {count} أرقام؛ رقم مكتب الأجانب يتكون من {min} إلى {max} أرقام.</translation>
    </message>
    <message>
        <source>{label}: it contains characters that cannot be printed. Type it again.</source>
        <translation type="unfinished">{label}: يحتوي على رموز لا يمكن طباعتها. اكتبه مرة أخرى.</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation type="unfinished">تاريخ الوصول</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation type="unfinished">تاريخ المغادرة</translation>
    </message>
    <message>
        <source>Destination municipality</source>
        <translation type="unfinished">البلدية المقصودة</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation type="unfinished">نوع وسيلة الاتصال</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">وسيلة الاتصال</translation>
    </message>
    <message>
        <source>Protection status</source>
        <translation type="unfinished">وضع الحماية</translation>
    </message>
    <message>
        <source>Deciding body</source>
        <translation type="unfinished">الجهة المقررة</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished">تاريخ القرار</translation>
    </message>
    <message>
        <source>Asylum application date</source>
        <translation type="unfinished">تاريخ طلب اللجوء</translation>
    </message>
    <message>
        <source>Notification date</source>
        <translation type="unfinished">تاريخ التبليغ</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation type="unfinished">مرجع القرار</translation>
    </message>
    <message>
        <source>How the family left</source>
        <translation type="unfinished">كيف غادرت العائلة</translation>
    </message>
    <message>
        <source>{label} is needed for this letter.</source>
        <extracomment>One message for every missing value; its ``label`` says what (and where) it is.</extracomment>
        <translation type="unfinished">{label}: مطلوب لهذه الرسالة.</translation>
    </message>
    <message>
        <source>Address of the new dwelling</source>
        <extracomment>The labels of the letters&apos; inputs (``label:`` in resources/letters/*.yaml), marked here for the translators: a test checks every input label of every letter is in this list.</extracomment>
        <translation type="unfinished">عنوان السكن الجديد</translation>
    </message>
    <message>
        <source>Address of the dwelling</source>
        <translation type="unfinished">عنوان السكن</translation>
    </message>
    <message>
        <source>Start of the lease</source>
        <translation type="unfinished">بداية عقد الإيجار</translation>
    </message>
    <message>
        <source>Rental guarantee asked</source>
        <translation type="unfinished">ضمان الإيجار المطلوب</translation>
    </message>
    <message>
        <source>Moving-in date</source>
        <translation type="unfinished">تاريخ الانتقال إلى السكن</translation>
    </message>
    <message>
        <source>Desired first school day</source>
        <translation type="unfinished">أول يوم دراسي مرغوب فيه</translation>
    </message>
    <message>
        <source>Reason for the referral / needs</source>
        <translation type="unfinished">سبب التوجيه / الاحتياجات</translation>
    </message>
    <message>
        <source>Head of household (family file ▸ Members)</source>
        <translation type="unfinished">رب الأسرة (ملف العائلة ◂ الأفراد)</translation>
    </message>
    <message>
        <source>Birth date of the head of household (family file ▸ Members)</source>
        <translation type="unfinished">تاريخ ميلاد رب الأسرة (ملف العائلة ◂ الأفراد)</translation>
    </message>
    <message>
        <source>Nationality of the head of household (family file ▸ Members)</source>
        <translation type="unfinished">جنسية رب الأسرة (ملف العائلة ◂ الأفراد)</translation>
    </message>
    <message>
        <source>Family members living in Belgium (family file ▸ Members)</source>
        <translation type="unfinished">أفراد العائلة المقيمون في بلجيكا (ملف العائلة ◂ الأفراد)</translation>
    </message>
    <message>
        <source>Children living in Belgium (family file ▸ Members)</source>
        <translation type="unfinished">الأطفال المقيمون في بلجيكا (ملف العائلة ◂ الأفراد)</translation>
    </message>
    <message>
        <source>Family members still abroad (family file ▸ Members)</source>
        <translation type="unfinished">أفراد العائلة الذين ما زالوا في الخارج (ملف العائلة ◂ الأفراد)</translation>
    </message>
    <message>
        <source>Languages spoken (family file ▸ Members)</source>
        <translation type="unfinished">اللغات المحكية (ملف العائلة ◂ الأفراد)</translation>
    </message>
    <message>
        <source>Protection status (family file ▸ Decision)</source>
        <translation type="unfinished">وضع الحماية (ملف العائلة ◂ القرار)</translation>
    </message>
    <message>
        <source>Deciding body (family file ▸ Decision)</source>
        <translation type="unfinished">الجهة المقررة (ملف العائلة ◂ القرار)</translation>
    </message>
    <message>
        <source>Decision date (family file ▸ Decision)</source>
        <translation type="unfinished">تاريخ القرار (ملف العائلة ◂ القرار)</translation>
    </message>
    <message>
        <source>Decision reference (family file ▸ Decision)</source>
        <translation type="unfinished">مرجع القرار (ملف العائلة ◂ القرار)</translation>
    </message>
    <message>
        <source>Asylum application date (family file ▸ Decision)</source>
        <translation type="unfinished">تاريخ طلب اللجوء (ملف العائلة ◂ القرار)</translation>
    </message>
    <message>
        <source>Arrival date (family file ▸ Household)</source>
        <translation type="unfinished">تاريخ الوصول (ملف العائلة ◂ الأسرة)</translation>
    </message>
    <message>
        <source>Exit date (family file ▸ Household) or decision date (family file ▸ Decision)</source>
        <translation type="unfinished">تاريخ المغادرة (ملف العائلة ◂ الأسرة) أو تاريخ القرار (ملف العائلة ◂ القرار)</translation>
    </message>
    <message>
        <source>Exit date, planned or actual (family file ▸ Household)</source>
        <translation type="unfinished">تاريخ المغادرة، المخطَّط أو الفعلي (ملف العائلة ◂ الأسرة)</translation>
    </message>
    <message>
        <source>Destination municipality (family file ▸ Household)</source>
        <translation type="unfinished">البلدية المقصودة (ملف العائلة ◂ الأسرة)</translation>
    </message>
    <message>
        <source>Reception centre (family file ▸ Household)</source>
        <translation type="unfinished">مركز الاستقبال (ملف العائلة ◂ الأسرة)</translation>
    </message>
    <message>
        <source>Social worker (family file ▸ Household)</source>
        <translation type="unfinished">المرشد الاجتماعي (ملف العائلة ◂ الأسرة)</translation>
    </message>
    <message>
        <source>Municipality of the reception centre (Administration ▸ Centres)</source>
        <translation type="unfinished">بلدية مركز الاستقبال (الإدارة ◂ المراكز)</translation>
    </message>
    <message>
        <source>Extension of the stay in reception (checklist)</source>
        <translation type="unfinished">تمديد الإقامة في الاستقبال (قائمة الخطوات)</translation>
    </message>
    <message>
        <source>A rule for this date (rules files: ask your coordinator)</source>
        <translation type="unfinished">قاعدة لهذا التاريخ (ملفات القواعد: اسأل منسقك)</translation>
    </message>
    <message>
        <source>Addressee (name and address)</source>
        <translation type="unfinished">المرسل إليه (الاسم والعنوان)</translation>
    </message>
    <message>
        <source>Landlord (name and address)</source>
        <translation type="unfinished">المالك (الاسم والعنوان)</translation>
    </message>
    <message>
        <source>School (name and address)</source>
        <translation type="unfinished">المدرسة (الاسم والعنوان)</translation>
    </message>
    <message>
        <source>A value of the family file</source>
        <translation type="unfinished">معطى من ملف العائلة</translation>
    </message>
    <message>
        <source>Postcode of the new dwelling</source>
        <translation type="unfinished">الرمز البريدي للسكن الجديد</translation>
    </message>
    <message>
        <source>Municipality of the new dwelling</source>
        <translation type="unfinished">بلدية السكن الجديد</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation type="unfinished">الإيجار الشهري</translation>
    </message>
    <message>
        <source>Monthly charges</source>
        <translation type="unfinished">الرسوم الشهرية</translation>
    </message>
    <message>
        <source>Rental guarantee</source>
        <translation type="unfinished">ضمان الإيجار</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation type="unfinished">المالك</translation>
    </message>
    <message>
        <source>Landlord&apos;s address</source>
        <translation type="unfinished">عنوان المالك</translation>
    </message>
    <message>
        <source>Landlord&apos;s postcode</source>
        <translation type="unfinished">الرمز البريدي للمالك</translation>
    </message>
    <message>
        <source>Landlord&apos;s phone</source>
        <translation type="unfinished">هاتف المالك</translation>
    </message>
    <message>
        <source>Landlord&apos;s e-mail</source>
        <translation type="unfinished">البريد الإلكتروني للمالك</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation type="unfinished">ما تتم مشاركته</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished">الجهة المشارَك معها</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished">تاريخ إعطاء الموافقة</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation type="unfinished">تاريخ سحب الموافقة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">الشخص</translation>
    </message>
    <message>
        <source>Retention period (months)</source>
        <translation type="unfinished">مدة الاحتفاظ (بالأشهر)</translation>
    </message>
    <message>
        <source>{label}: this person is not a member of this family.</source>
        <translation type="unfinished">{label}: هذا الشخص ليس من أفراد هذه العائلة.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>detail -&gt; the field holding the date it was checked (the address date covers the postcode too) Fields a local edit of a shipped entry may set (the name, kind and municipality stay shipped).</extracomment>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translation type="unfinished">اسم المركز</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished">مشغّل الاستقبال</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished">الشارع والرقم</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation type="unfinished">رقم المؤسسة</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished">الشعار</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished">الموعد</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">النهاية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">المكان</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">ما يجب إحضاره</translation>
    </message>
    <message>
        <source>Accompanied by</source>
        <translation type="unfinished">برفقة</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation type="unfinished">خطوة القائمة</translation>
    </message>
    <message>
        <source>{label} must be after {other}.</source>
        <translation type="unfinished">{label}: يجب أن يكون بعد «{other}».</translation>
    </message>
    <message>
        <source>{label}: at most {max} lines.</source>
        <translation type="unfinished">{label}: {max} أسطر على الأكثر.</translation>
    </message>
    <message>
        <source>{label}: the year must be between {first} and {last}.</source>
        <translation type="unfinished">{label}: يجب أن تكون السنة بين {first} و{last}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished">{label}: &apos;{value}&apos; ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an amount in euros.</source>
        <translation type="unfinished">{label}: &apos;{value}&apos; ليس مبلغًا باليورو.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a whole number.</source>
        <translation type="unfinished">{label}: &apos;{value}&apos; ليس عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>The postal address of {name} is not known (or marked uncertain) in the directory: give it for this letter (street and number, then postcode and municipality).</source>
        <translation type="unfinished">العنوان البريدي لـ {name} غير معروف في الدليل (أو مُعلَّم بأنه غير مؤكد): اكتبوه لهذه الرسالة (الشارع والرقم، ثم الرمز البريدي والبلدية).</translation>
    </message>
    <message>
        <source>{label}: give the street and number, then the postcode and municipality on the last line.</source>
        <translation type="unfinished">{label}: اكتبوا الشارع والرقم، ثم الرمز البريدي والبلدية في السطر الأخير.</translation>
    </message>
    <message>
        <source>Postal address of the addressee</source>
        <translation type="unfinished">العنوان البريدي للمرسَل إليه</translation>
    </message>
    <message>
        <source>The new home in {postcode} {place} is in the area of {competent}: a request about it goes to that CPAS/OCMW, not to {addressed}.</source>
        <translation type="unfinished">يقع المسكن الجديد في {postcode} {place} ضمن اختصاص {competent}: يُرسَل الطلب المتعلق به إلى هذا المركز (CPAS/OCMW)، وليس إلى {addressed}.</translation>
    </message>
    <message>
        <source>The new home in {postcode} {place} is in {place}: the family registers at the administration of that municipality, not of {addressed}. Correct the address, or the family&apos;s new municipality (family file ▸ Household).</source>
        <translation type="unfinished">السكن الجديد في {postcode} {place} يقع في {place}: تسجّل العائلة لدى إدارة هذه البلدية، وليس لدى {addressed}. صحّحوا العنوان، أو البلدية الجديدة للعائلة (ملف العائلة ▸ الأسرة).</translation>
    </message>
    <message>
        <source>{label}: write the postcode and municipality on the last line (for example “1070 Anderlecht”), so that the competent CPAS/OCMW can be checked.</source>
        <translation type="unfinished">{label}: اكتبوا الرمز البريدي والبلدية في السطر الأخير (مثلًا «1070 Anderlecht»)، حتى يمكن التحقق من المركز (CPAS/OCMW) المختص.</translation>
    </message>
    <message>
        <source>{label}: {postcode} is not a Belgian postcode.</source>
        <translation type="unfinished">{label}: {postcode} ليس رمزًا بريديًا بلجيكيًا.</translation>
    </message>
    <message>
        <source>None of the children living in Belgium is of school age on {date} (2½ years or more; compulsory education is from 5 to 18): a school letter cannot be made.</source>
        <translation type="unfinished">لا يوجد بين الأطفال المقيمين في بلجيكا من هو في سن الدراسة في {date} (سنتان ونصف أو أكثر؛ التعليم إلزامي من 5 إلى 18 سنة): لا يمكن إعداد رسالة إلى المدرسة.</translation>
    </message>
    <message>
        <source>{name} is younger than 2½ years on {date} and is left out of the school letter.</source>
        <translation type="unfinished">{name} عمره أقل من سنتين ونصف في {date}، ولذلك لا يُذكَر في الرسالة إلى المدرسة.</translation>
    </message>
    <message>
        <source>{name} is {age} years old: compulsory education ends at 18. Check that a school enrolment is what the family wants.</source>
        <translation type="unfinished">عمر {name} {age} سنة: ينتهي التعليم الإلزامي في سن 18. تأكدوا من أن العائلة تريد فعلًا التسجيل في المدرسة.</translation>
    </message>
    <message>
        <source>The birth date of {name} is needed for this letter (family file ▸ Members): it lists people by their age.</source>
        <translation type="unfinished">تاريخ ميلاد {name} مطلوب لهذه الرسالة (ملف العائلة ◂ الأفراد): فهي تذكر الأشخاص حسب أعمارهم.</translation>
    </message>
    <message>
        <source>This letter is for adults (18 or more) and no member living in Belgium is an adult on {date}.</source>
        <translation type="unfinished">هذه الرسالة مخصّصة للبالغين (18 سنة أو أكثر)، ولا يوجد فرد مقيم في بلجيكا بالغ في {date}.</translation>
    </message>
    <message>
        <source>{label}: give an amount in euros, such as 650 or 650,50.</source>
        <translation type="unfinished">{label}: اكتبوا مبلغًا باليورو، مثل 650 أو 650,50.</translation>
    </message>
    <message>
        <source>{label} cannot be negative or zero.</source>
        <translation type="unfinished">لا يمكن أن يكون {label} سالبًا أو صفرًا.</translation>
    </message>
    <message>
        <source>{label}: {value} € is more than {maximum} €; check the amount.</source>
        <translation type="unfinished">{label}: {value} € أكثر من {maximum} €؛ تحقّقوا من المبلغ.</translation>
    </message>
    <message>
        <source>{label}: an amount has at most two decimals (cents).</source>
        <translation type="unfinished">{label}: للمبلغ رقمان عشريان على الأكثر (السنتات).</translation>
    </message>
    <message>
        <source>{label}: {value} is more than two years from today; check the date.</source>
        <translation type="unfinished">{label}: {value} يبعد أكثر من سنتين عن اليوم؛ تحقّقوا من التاريخ.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Appointments — week</source>
        <translation type="unfinished">المواعيد — الأسبوع</translation>
    </message>
    <message>
        <source>Appointments of the week</source>
        <translation type="unfinished">مواعيد الأسبوع</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation type="unfinished">الأسبوع &amp;السابق</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left, Page Up)</source>
        <translation type="unfinished">الأسبوع السابق (Alt+Left، Page Up)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished">ال&amp;يوم</translation>
    </message>
    <message>
        <source>The week of today</source>
        <translation type="unfinished">أسبوع اليوم</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation type="unfinished">ال&amp;أسبوع التالي</translation>
    </message>
    <message>
        <source>Next week (Alt+Right, Page Down)</source>
        <translation type="unfinished">الأسبوع التالي (Alt+Right، Page Down)</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation type="unfinished">الأسبوع المعروض</translation>
    </message>
    <message>
        <source>&amp;Export week to calendar (.ics)…</source>
        <translation type="unfinished">&amp;تصدير الأسبوع إلى التقويم (.ics)…</translation>
    </message>
    <message>
        <source>A file to import into a phone or computer calendar (times, places and case numbers; no names)</source>
        <translation type="unfinished">ملف لاستيراده في تقويم هاتف أو حاسوب (الأوقات والأماكن وأرقام الملفات؛ بدون أسماء)</translation>
    </message>
    <message>
        <source>Appointments by day</source>
        <translation type="unfinished">المواعيد حسب اليوم</translation>
    </message>
    <message>
        <source>The seven days of the week, each followed by its appointments. Enter or double-click opens an appointment; Alt+Left and Alt+Right show the previous and next week.</source>
        <translation type="unfinished">أيام الأسبوع السبعة، يلي كل يوم مواعيده. مفتاح Enter أو النقر المزدوج يفتح موعدًا؛ Alt+Left وAlt+Right تعرض الأسبوع السابق والتالي.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">الوقت</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">العائلة</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished">الموعد</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">المكان</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">ما يجب إحضاره</translation>
    </message>
    <message>
        <source>Accompanied by</source>
        <translation type="unfinished">برفقة</translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation type="unfinished">{day} (اليوم)</translation>
    </message>
    <message>
        <source>{day} — no appointments</source>
        <translation type="unfinished">{day} — لا مواعيد</translation>
    </message>
    <message>
        <source>{day} — 1 appointment</source>
        <translation type="unfinished">{day} — موعد واحد</translation>
    </message>
    <message>
        <source>{day} — {n} appointments</source>
        <translation type="unfinished">{day} — عدد المواعيد: {n}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished">من {start} إلى {end}</translation>
    </message>
    <message>
        <source>Export week to calendar</source>
        <translation type="unfinished">تصدير الأسبوع إلى التقويم</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished">ملفات iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Double-click an appointment (or press Enter) to open it. Alt+Left and Alt+Right (or Page Up and Page Down) show the previous and next week.</source>
        <translation type="unfinished">انقر نقرًا مزدوجًا على موعد (أو اضغط Enter) لفتحه. Alt+Left وAlt+Right (أو Page Up وPage Down) تعرض الأسبوع السابق والتالي.</translation>
    </message>
    <message>
        <source>{first} – {last} · week {week}</source>
        <translation type="unfinished">{first} – {last} · الأسبوع {week}</translation>
    </message>
    <message>
        <source>Appointments — {week}</source>
        <translation type="unfinished">المواعيد — {week}</translation>
    </message>
    <message>
        <source>Bring</source>
        <translation type="unfinished">المطلوب إحضاره</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation type="unfinished">تعذرت كتابة ملف التقويم.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">تصدير</translation>
    </message>
    <message>
        <source>Saved {count} appointments in {file}. Import it into the calendar of your phone or computer.

The file holds times, places and case numbers, no names. It is not encrypted: delete it once it is imported.</source>
        <translation type="unfinished">تم حفظ {count} موعد في {file}. استورده في تقويم هاتفك أو حاسوبك.

يحتوي الملف على الأوقات والأماكن وأرقام الملفات، بدون أسماء. الملف غير مشفر: احذفه بعد استيراده.</translation>
    </message>
</context>
</TS>
