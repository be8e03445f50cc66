<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Carpeta &amp;compartida:</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Carpeta compartida</translation>
    </message>
    <message>
        <source>None: send and import bundles by hand</source>
        <translation>Ninguna: enviar e importar lotes a mano</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>A new language is used from the next time ClearLine starts. A shared folder (a network drive or a synced cloud folder your colleagues use too) carries your records to them and theirs to you every minute while ClearLine is open.</source>
        <translation>El nuevo idioma se usa a partir de la próxima vez que se inicie ClearLine. Una carpeta compartida (una unidad de red o una carpeta sincronizada en la nube que también usan sus colegas) les lleva sus registros a ellos y le trae los de ellos a usted cada minuto mientras ClearLine está abierto.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up ClearLine</source>
        <translation>Configurar ClearLine</translation>
    </message>
    <message>
        <source>Welcome. Tell ClearLine who you are. Everything you file is signed in your name with a key that ClearLine makes for you now and keeps on this computer.</source>
        <translation>Bienvenido. Indíquele a ClearLine quién es usted. Todo lo que archive se firma a su nombre con una clave que ClearLine crea ahora para usted y guarda en esta computadora.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nombre y apellido</translation>
    </message>
    <message>
        <source>District &amp;e-mail:</source>
        <translation>Correo &amp;electrónico del distrito:</translation>
    </message>
    <message>
        <source>District e-mail</source>
        <translation>Correo electrónico del distrito</translation>
    </message>
    <message>
        <source>name@yourdistrict.org</source>
        <translation>nombre@sudistrito.org</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Su ca&amp;rgo:</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Su cargo</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Qué corregir</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Distrito:</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>E&amp;scuela:</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
</context>
<context>
    <name>clearline::cli::AckCommand</name>
    <message>
        <source>sign that you read this school year&apos;s policy (--status: whether it is still to do)</source>
        <translation>firmar que leyó la política de este año escolar (--status: si todavía está pendiente)</translation>
    </message>
    <message>
        <source>Only say whether this school year&apos;s acknowledgment is done.</source>
        <translation>Solo indicar si ya se hizo la confirmación de lectura de este año escolar.</translation>
    </message>
    <message>
        <source>Use &apos;clearline ack&apos; or &apos;clearline ack --status&apos;.</source>
        <translation>Use &apos;clearline ack&apos; o &apos;clearline ack --status&apos;.</translation>
    </message>
    <message>
        <source>You acknowledged the policy for this school year.</source>
        <translation>Usted ya confirmó la lectura de la política de este año escolar.</translation>
    </message>
    <message>
        <source>Still to do: %1, by %2.</source>
        <translation>Pendiente: %1, a más tardar el %2.</translation>
    </message>
    <message>
        <source>Still to do: %1.</source>
        <translation>Pendiente: %1.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy does not ask for a yearly acknowledgment; you may still record one with &apos;clearline ack&apos;.</source>
        <translation>La política de su distrito no pide una confirmación de lectura anual; aun así, puede registrar una con &apos;clearline ack&apos;.</translation>
    </message>
    <message>
        <source>Signed: you read %1 for the school year %2.</source>
        <translation>Firmado: usted leyó %1 para el año escolar %2.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::AudienceText</name>
    <message>
        <source>Who can see this: %1</source>
        <translation>Quién puede verlo: %1</translation>
    </message>
</context>
<context>
    <name>clearline::cli::BundleCommand</name>
    <message>
        <source>send records to colleagues and take theirs in: sync bundles, by file or a shared folder</source>
        <translation>enviar registros a colegas y recibir los de ellos: lotes de sincronización, por archivo o por una carpeta compartida</translation>
    </message>
    <message>
        <source>The bundle file to write.</source>
        <translation>El archivo de lote que se va a escribir.</translation>
    </message>
    <message>
        <source>Start each person&apos;s records at their first one dated on or after DATE (YYYY-MM-DD).</source>
        <translation>Empezar los registros de cada persona por el primero con fecha igual o posterior a DATE (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Stop each person&apos;s records before their first one dated after DATE (YYYY-MM-DD).</source>
        <translation>Terminar los registros de cada persona antes del primero con fecha posterior a DATE (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Check the bundles and say what they would add; change nothing.</source>
        <translation>Comprobar los lotes e indicar lo que añadirían, sin cambiar nada.</translation>
    </message>
    <message>
        <source>Trust the person with this key fingerprint, new to this profile (repeat for each). Compare it with them first.</source>
        <translation>Confiar en la persona con esta huella digital de la clave, nueva en este perfil (repita la opción para cada una). Compárela antes con esa persona.</translation>
    </message>
    <message>
        <source>The shared folder (default: the sync_folder setting).</source>
        <translation>La carpeta compartida (predeterminada: el ajuste sync_folder).</translation>
    </message>
    <message>
        <source>Use &apos;clearline bundle export --to FILE&apos;, &apos;bundle import FILE…&apos;, &apos;bundle inspect FILE&apos; or &apos;bundle sync&apos;.</source>
        <translation>Use &apos;clearline bundle export --to ARCHIVO&apos;, &apos;bundle import ARCHIVO…&apos;, &apos;bundle inspect ARCHIVO&apos; o &apos;bundle sync&apos;.</translation>
    </message>
    <message>
        <source>Say where to write the bundle: --to FILE.</source>
        <translation>Indique dónde escribir el lote: --to ARCHIVO.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD.</source>
        <translation>--%1 necesita una fecha en formato YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 revisions, %3 attached files, %4 KB.</source>
        <translation>Se escribió %1: %2 versiones, %3 archivos adjuntos, %4 KB.</translation>
    </message>
    <message>
        <source>No shared folder is set. Name one with --folder DIR, or set it with &apos;clearline settings set sync_folder DIR&apos;.</source>
        <translation>No hay ninguna carpeta compartida configurada. Indique una con --folder DIR o configúrela con &apos;clearline settings set sync_folder DIR&apos;.</translation>
    </message>
    <message>
        <source>%1 is still being copied in; it will be read next time.</source>
        <translation>%1 todavía se está copiando; se leerá la próxima vez.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one person: %2. Name one by e-mail or key fingerprint.</source>
        <translation>&quot;%1&quot; nombra a más de una persona: %2. Nombre a una por su correo electrónico o por la huella digital de su clave.</translation>
    </message>
    <message>
        <source>A bundle is made for one person, not a school: one file for a school would show each person there what only another may see. Make one bundle for each person with --for PERSON.</source>
        <translation>Un paquete se hace para una persona, no para una escuela: un solo archivo para una escuela mostraría a cada persona lo que solo otra puede ver. Haga un paquete para cada persona con --for PERSONA.</translation>
    </message>
    <message>
        <source>ClearLine knows nobody called &quot;%1&quot;: not among the people you have met, nor among those your district&apos;s policy lists. Name a person by name, e-mail or key fingerprint.</source>
        <translation>ClearLine no conoce a nadie llamado &quot;%1&quot;: ni entre las personas que ya conoce ni entre las que nombra la política de su distrito. Nombre a una persona por su nombre, correo electrónico o huella digital de su clave.</translation>
    </message>
    <message>
        <source>Removed your unlocked bundle left in the folder by an earlier ClearLine: anyone who could open the folder could read it.</source>
        <translation>Se quitó el paquete sin cerrar que una versión anterior de ClearLine dejó en la carpeta: cualquiera que pudiera abrir la carpeta podía leerlo.</translation>
    </message>
    <message>
        <source>Your bundles in the folder are up to date.</source>
        <translation>Sus paquetes en la carpeta están al día.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n bundle(s), each locked for the one person it is for (%1 revisions).</source>
        <translation>
            <numerusform>Se escribió %n paquete, cerrado para la única persona a quien va (%1 revisiones).</numerusform>
            <numerusform>Se escribieron %n paquetes, cada uno cerrado para la única persona a quien va (%1 revisiones).</numerusform>
        </translation>
    </message>
    <message>
        <source>the person with key %1</source>
        <translation>la persona con la clave %1</translation>
    </message>
    <message>
        <source>This is a full backup of everything this profile holds, including records about students that only you may see. It is locked so that only you can open it, with your key; to send records to a colleague, use --for PERSON.</source>
        <translation>Esta es una copia de seguridad completa de todo lo que guarda este perfil, incluidos registros sobre estudiantes que solo usted puede ver. Está cerrada para que solo usted pueda abrirla, con su clave; para enviar registros a un colega, use --for PERSONA.</translation>
    </message>
    <message>
        <source>Only the records %1 may see are in it; the others are sealed placeholders that keep the chain of signatures whole. It is locked so that only %1 and you can open it.</source>
        <translation>Solo contiene los registros que %1 puede ver; los demás son marcadores sellados que mantienen completa la cadena de firmas. Está cerrado para que solo %1 y usted puedan abrirlo.</translation>
    </message>
    <message>
        <source>Whom it is for: a person (name, e-mail or key fingerprint) you have met or your district&apos;s policy lists, or anyone&apos;s public key (clearline identity show). Only what they may see and have not acknowledged goes in, locked so only they and you can open it; without it, the bundle is a full backup only you can open.</source>
        <translation>Para quién es: una persona (nombre, correo o huella de clave) que ya conoce o que la política de su distrito nombra, o la clave pública de cualquiera (clearline identity show). Solo entra lo que puede ver y aún no ha confirmado, cerrado para que solo esa persona y usted puedan abrirlo; sin esta opción, el paquete es una copia de seguridad completa que solo usted puede abrir.</translation>
    </message>
    <message>
        <source>With --for: put in again everything they may see, also what they had before. For someone who has just been given the right to see more, such as a new designee.</source>
        <translation>Con --for: incluir de nuevo todo lo que puede ver, también lo que ya tenía. Para quien acaba de recibir el derecho a ver más, como una nueva persona designada.</translation>
    </message>
    <message>
        <source>--again needs --for: say whom to send everything they may see again.</source>
        <translation>--again necesita --for: diga a quién enviar de nuevo todo lo que puede ver.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::CommandLine</name>
    <message>
        <source>%1
See &apos;clearline --help&apos; for what ClearLine understands.</source>
        <translation>%1
Consulte &apos;clearline --help&apos; para ver lo que ClearLine entiende.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--profile needs a folder, for example --profile ~/clearline-test.</source>
        <translation>--profile necesita una carpeta, por ejemplo --profile ~/clearline-prueba.</translation>
    </message>
    <message>
        <source>
Exit status: 0 done, 1 the command failed, 2 the command was given wrongly.
</source>
        <translation>
Estado de salida: 0 hecho, 1 la orden falló, 2 la orden se escribió mal.
</translation>
    </message>
    <message>
        <source>Usage: clearline [--profile DIR] [FILE.clbundle…]
       clearline COMMAND [OPTIONS]

Without a command, ClearLine opens its window. Bundles named on the command line are
imported there; if the window is already open, it takes them.

Options:
  --profile DIR   keep all of one person&apos;s data and settings in DIR
                  (default: the standard per-user folders)
  --authoring     for district IT: let unsigned policy packs load
  --version       print the version and quit
  --help          print this help and quit

Commands (each takes --profile DIR, --json and --help):
</source>
        <translation>Uso: clearline [--profile DIR] [ARCHIVO.clbundle…]
       clearline ORDEN [OPCIONES]

Sin una orden, ClearLine abre su ventana. Los paquetes nombrados en la línea de órdenes
se importan allí; si la ventana ya está abierta, ella los recibe.

Opciones:
  --profile DIR   guardar todos los datos y ajustes de una persona en DIR
                  (predeterminado: las carpetas estándar de cada usuario)
  --authoring     para informática del distrito: cargar paquetes de política sin firmar
  --version       imprimir la versión y salir
  --help          imprimir esta ayuda y salir

Órdenes (todas aceptan --profile DIR, --json y --help):
</translation>
    </message>
</context>
<context>
    <name>clearline::cli::ContactCommand</name>
    <message>
        <source>log a contact with a student or family, checked against your district&apos;s policy</source>
        <translation>registrar un contacto con un estudiante o una familia, comprobado con la política de su distrito</translation>
    </message>
    <message>
        <source>When it happened (ISO 8601; default now).</source>
        <translation>Cuándo ocurrió (ISO 8601; por defecto, ahora).</translation>
    </message>
    <message>
        <source>The person&apos;s initials.</source>
        <translation>Las iniciales de la persona.</translation>
    </message>
    <message>
        <source>The student&apos;s roster id.</source>
        <translation>El número de lista del estudiante.</translation>
    </message>
    <message>
        <source>students or parents.</source>
        <translation>students o parents.</translation>
    </message>
    <message>
        <source>The channel used.</source>
        <translation>El medio usado.</translation>
    </message>
    <message>
        <source>A summary, or the message text.</source>
        <translation>Un resumen, o el texto del mensaje.</translation>
    </message>
    <message>
        <source>A copy went to your district account.</source>
        <translation>Se envió una copia a su cuenta del distrito.</translation>
    </message>
    <message>
        <source>The student may be at risk, neglected or harmed.</source>
        <translation>El estudiante puede estar en riesgo, desatendido o lastimado.</translation>
    </message>
    <message>
        <source>The student is your own child.</source>
        <translation>El estudiante es su propio hijo o hija.</translation>
    </message>
    <message>
        <source>It was for a school-sponsored trip.</source>
        <translation>Fue por una excursión patrocinada por la escuela.</translation>
    </message>
    <message>
        <source>The trip disclosure it belongs to.</source>
        <translation>La divulgación de número para la excursión a la que pertenece.</translation>
    </message>
    <message>
        <source>List entries from this day (YYYY-MM-DD).</source>
        <translation>Listar las entradas desde este día (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>List entries up to this day (YYYY-MM-DD).</source>
        <translation>Listar las entradas hasta este día (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Whom you reported to.</source>
        <translation>A quién presentó la denuncia.</translation>
    </message>
    <message>
        <source>List entries with these initials or roster id.</source>
        <translation>Listar las entradas con estas iniciales o este número de lista.</translation>
    </message>
    <message>
        <source>List off-hours entries only.</source>
        <translation>Listar solo las entradas fuera del horario escolar.</translation>
    </message>
    <message>
        <source>List flagged entries only.</source>
        <translation>Listar solo las entradas señaladas.</translation>
    </message>
    <message>
        <source>Contact logged (%1): %2</source>
        <translation>Contacto registrado (%1): %2</translation>
    </message>
    <message>
        <source>A notification record was made (%1). Once you have reported, run &apos;clearline contact reported %1&apos;.</source>
        <translation>Se creó un registro de notificación (%1). Cuando haya presentado la denuncia, ejecute &apos;clearline contact reported %1&apos;.</translation>
    </message>
    <message>
        <source>The notification record could not be saved: %1</source>
        <translation>No se pudo guardar el registro de notificación: %1</translation>
    </message>
    <message>
        <source>Give dates as YYYY-MM-DD.</source>
        <translation>Indique las fechas en formato YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No contact entries match.</source>
        <translation>Ninguna entrada de contacto coincide.</translation>
    </message>
    <message>
        <source>off-hours</source>
        <translation>fuera del horario escolar</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>señalada</translation>
    </message>
    <message>
        <source>to forward</source>
        <translation>por reenviar</translation>
    </message>
    <message>
        <source>Marked as forwarded: %1</source>
        <translation>Marcada como reenviada: %1</translation>
    </message>
    <message>
        <source>Report recorded: %1</source>
        <translation>Denuncia registrada: %1</translation>
    </message>
    <message>
        <source>Who was on the message: one (only this person; the default), group (a group, a class or a team) or with-parent (the student, with a parent or guardian copied).</source>
        <translation>Quién estaba en el mensaje: one (solo esta persona; por omisión), group (un grupo, una clase o un equipo) o with-parent (el estudiante, con un padre o tutor en copia).</translation>
    </message>
    <message>
        <source>district or personal: the device you used (default: what the channel says).</source>
        <translation>district o personal: el dispositivo que usó (por omisión: lo que indica el canal).</translation>
    </message>
    <message>
        <source>For a call or a text: student (the student&apos;s own phone) or family (the family&apos;s phone).</source>
        <translation>Para una llamada o un mensaje de texto: student (el teléfono del propio estudiante) o family (el teléfono de la familia).</translation>
    </message>
    <message>
        <source>Why: one of your district&apos;s purposes (&apos;clearline policy show&apos; lists them).</source>
        <translation>Por qué: uno de los propósitos de su distrito (&apos;clearline policy show&apos; los muestra).</translation>
    </message>
    <message>
        <source>You copied someone in this role on the message (a role of your district&apos;s policy; may be repeated).</source>
        <translation>Puso en copia del mensaje a alguien con este cargo (un cargo de la política de su distrito; puede repetirse).</translation>
    </message>
    <message>
        <source>done: what you did, in a few words.</source>
        <translation>done: lo que hizo, en pocas palabras.</translation>
    </message>
    <message>
        <source>Use &apos;clearline contact log --with … --audience … --channel … [--purpose …]&apos;, &apos;contact list&apos;, &apos;contact forwarded ID&apos;, &apos;contact done ID TODO&apos; or &apos;contact reported ID&apos;.</source>
        <translation>Use &apos;clearline contact log --with … --audience … --channel … [--purpose …]&apos;, &apos;contact list&apos;, &apos;contact forwarded ID&apos;, &apos;contact done ID TODO&apos; o &apos;contact reported ID&apos;.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy has no role &quot;%1&quot; for --copied.</source>
        <translation>La política de su distrito no tiene el cargo &quot;%1&quot; para --copied.</translation>
    </message>
    <message>
        <source>Once done, run &apos;clearline contact done %1 %2&apos;.</source>
        <translation>Cuando lo haya hecho, ejecute &apos;clearline contact done %1 %2&apos;.</translation>
    </message>
    <message>
        <source>overdue: %1 (%2)</source>
        <translation>vencido: %1 (%2)</translation>
    </message>
    <message>
        <source>to do: %1 (%2)</source>
        <translation>pendiente: %1 (%2)</translation>
    </message>
    <message>
        <source>Marked as done: %1</source>
        <translation>Marcado como hecho: %1</translation>
    </message>
    <message>
        <source>The student is family, as your district names it (&apos;clearline policy show&apos; lists the ties).</source>
        <translation>El estudiante es familiar suyo, como lo nombra su distrito (&apos;clearline policy show&apos; muestra los vínculos).</translation>
    </message>
</context>
<context>
    <name>clearline::cli::DelegateCommand</name>
    <message>
        <source>name a designee for one of your roles for a period, list delegations, end one</source>
        <translation>nombrar a una persona designada para uno de sus cargos durante un período, listar las delegaciones, terminar una</translation>
    </message>
    <message>
        <source>The designee: a name, e-mail, person id or key fingerprint.</source>
        <translation>La persona designada: un nombre, un correo electrónico, un id de persona o una huella digital de la clave.</translation>
    </message>
    <message>
        <source>The delegation&apos;s last day (YYYY-MM-DD).</source>
        <translation>El último día de la delegación (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Why you end it early.</source>
        <translation>El motivo por el que la termina antes de tiempo.</translation>
    </message>
    <message>
        <source>Use &apos;clearline delegate ROLE --to PERSON --until DATE&apos;, &apos;delegate list&apos; or &apos;delegate revoke ID&apos;.</source>
        <translation>Use &apos;clearline delegate CARGO --to PERSONA --until FECHA&apos;, &apos;delegate list&apos; o &apos;delegate revoke ID&apos;.</translation>
    </message>
    <message>
        <source>The delegation %1 has ended.</source>
        <translation>La delegación %1 terminó.</translation>
    </message>
    <message>
        <source>--until needs a date as YYYY-MM-DD.</source>
        <translation>--until necesita una fecha en formato YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>ClearLine knows nobody called &quot;%1&quot;. Name them by name, e-mail or key fingerprint; their key must be in the pack or in something of theirs you imported.</source>
        <translation>ClearLine no conoce a nadie llamado &quot;%1&quot;. Indique a la persona por su nombre, correo electrónico o huella digital de la clave; su clave debe estar en el paquete o en algo de esa persona que usted haya importado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be more than one person; use the key fingerprint:
%2</source>
        <translation>&quot;%1&quot; podría ser más de una persona; use la huella digital de la clave:
%2</translation>
    </message>
    <message>
        <source>%1 can act for you as %2 until %3 (delegation %4).</source>
        <translation>%1 puede actuar en su nombre como %2 hasta el %3 (delegación %4).</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminada antes de tiempo</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>no activa</translation>
    </message>
    <message>
        <source>No delegations.</source>
        <translation>No hay delegaciones.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::DisclosureCommand</name>
    <message>
        <source>give a personal number for a trip the way your district asks (new, authorize-request, notice, report-misuse, close, list, show)</source>
        <translation>dar un número personal para una excursión como lo pide su distrito (new, authorize-request, notice, report-misuse, close, list, show)</translation>
    </message>
    <message>
        <source>The trip or event.</source>
        <translation>La excursión o el evento.</translation>
    </message>
    <message>
        <source>The trip&apos;s first day (YYYY-MM-DD).</source>
        <translation>El primer día de la excursión (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The trip&apos;s last day (YYYY-MM-DD).</source>
        <translation>El último día de la excursión (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The phone number you will give.</source>
        <translation>El número de teléfono que va a dar.</translation>
    </message>
    <message>
        <source>students, parents or students-and-parents.</source>
        <translation>students, parents o students-and-parents.</translation>
    </message>
    <message>
        <source>The trip or event is not school-sponsored.</source>
        <translation>La excursión o el evento no está patrocinado por la escuela.</translation>
    </message>
    <message>
        <source>It is your home number, not your personal cell.</source>
        <translation>Es el número de su casa, no su celular personal.</translation>
    </message>
    <message>
        <source>Where the trip goes.</source>
        <translation>Adónde va la excursión.</translation>
    </message>
    <message>
        <source>The team, class or club.</source>
        <translation>El equipo, la clase o el club.</translation>
    </message>
    <message>
        <source>How many students go.</source>
        <translation>Cuántos estudiantes van.</translation>
    </message>
    <message>
        <source>The students&apos; grades, such as 9-12.</source>
        <translation>Los grados de los estudiantes, como 9-12.</translation>
    </message>
    <message>
        <source>The school&apos;s id (default: yours).</source>
        <translation>El id de la escuela (predeterminado: la suya).</translation>
    </message>
    <message>
        <source>You confirm the number is only for the trip&apos;s educational, informational or safety purposes.</source>
        <translation>Usted confirma que el número es solo para fines educativos, informativos o de seguridad de la excursión.</translation>
    </message>
    <message>
        <source>An answer of the authorization request (may be repeated).</source>
        <translation>Una respuesta de la solicitud de autorización (puede repetirse).</translation>
    </message>
    <message>
        <source>A checklist item that is true (may be repeated).</source>
        <translation>Un elemento de la lista de verificación que se cumple (puede repetirse).</translation>
    </message>
    <message>
        <source>The notice&apos;s language (en, es, pt_BR…).</source>
        <translation>El idioma del aviso (en, es, pt_BR…).</translation>
    </message>
    <message>
        <source>Record that you handed the notice to these people.</source>
        <translation>Registrar que entregó el aviso a estas personas.</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>Qué pasó.</translation>
    </message>
    <message>
        <source>Any follow-up, when closing.</source>
        <translation>Cualquier seguimiento, al cerrar.</translation>
    </message>
    <message>
        <source>Use &apos;clearline disclosure new --trip … --from … --to … --number … --shared-with …&apos;, or &apos;disclosure authorize-request|notice|report-misuse|close|show ID&apos;, or &apos;disclosure list&apos;.</source>
        <translation>Use &apos;clearline disclosure new --trip … --from … --to … --number … --shared-with …&apos;, o &apos;disclosure authorize-request|notice|report-misuse|close|show ID&apos;, o &apos;disclosure list&apos;.</translation>
    </message>
    <message>
        <source>Trip disclosure saved: %1</source>
        <translation>Se guardó la divulgación del número para la excursión: %1</translation>
    </message>
    <message>
        <source>No trip disclosures yet.</source>
        <translation>Todavía no hay divulgaciones de número para excursiones.</translation>
    </message>
    <message>
        <source>%1 is not a trip disclosure.</source>
        <translation>%1 no es una divulgación de número para una excursión.</translation>
    </message>
    <message>
        <source>The number may not be given out yet: %1</source>
        <translation>Todavía no se puede dar el número: %1</translation>
    </message>
    <message>
        <source>Your district&apos;s policy asks for no notice with this number.</source>
        <translation>La política de su distrito no pide ningún aviso con este número.</translation>
    </message>
    <message>
        <source>Number: %1, shared with %2</source>
        <translation>Número: %1, compartido con %2</translation>
    </message>
    <message>
        <source>Policy: § %1 %2</source>
        <translation>Política: § %1 %2</translation>
    </message>
    <message>
        <source>Notice handed out to %1 (%2)</source>
        <translation>Aviso entregado a %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Unauthorized use reported %n time(s).</source>
        <translation>
            <numerusform>Uso no autorizado informado %n vez.</numerusform>
            <numerusform>Uso no autorizado informado %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Authorization requested: %1</source>
        <translation>Autorización solicitada: %1</translation>
    </message>
    <message>
        <source>Notice recorded as handed out: %1</source>
        <translation>Aviso registrado como entregado: %1</translation>
    </message>
    <message>
        <source>Unauthorized use reported: %1</source>
        <translation>Uso no autorizado informado: %1</translation>
    </message>
    <message>
        <source>Disclosure closed: %1</source>
        <translation>Divulgación cerrada: %1</translation>
    </message>
</context>
<context>
    <name>clearline::cli::Dispatcher</name>
    <message>
        <source>&quot;%1&quot; is not a ClearLine command. See &apos;clearline --help&apos;.</source>
        <translation>&quot;%1&quot; no es una orden de ClearLine. Consulte &apos;clearline --help&apos;.</translation>
    </message>
    <message>
        <source>Keep all data and settings in DIR.</source>
        <translation>Guardar todos los datos y ajustes en DIR.</translation>
    </message>
    <message>
        <source>Print one JSON object, for scripts.</source>
        <translation>Imprimir un objeto JSON, para scripts.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>%1
See &apos;clearline %2 --help&apos;.</source>
        <translation>%1
Consulte &apos;clearline %2 --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: clearline %1 %2</source>
        <translation>Uso: clearline %1 %2</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile necesita una carpeta.</translation>
    </message>
    <message>
        <source>For district IT: let an unsigned policy pack load.</source>
        <translation>Para el personal de TI del distrito: permite cargar un paquete de políticas sin firmar.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::DutyCommand</name>
    <message>
        <source>list what your district&apos;s policy asks you to do this school year, or mark one as done</source>
        <translation>lista lo que la política de su distrito le pide hacer este año escolar, o marca algo como hecho</translation>
    </message>
    <message>
        <source>What you did, in a few words (with &apos;done&apos;).</source>
        <translation>Lo que hizo, en pocas palabras (con &apos;done&apos;).</translation>
    </message>
    <message>
        <source>Use &apos;clearline duty list&apos; to see your duties, or &apos;clearline duty done ID [--note TEXT]&apos; to mark one as done.</source>
        <translation>Use &apos;clearline duty list&apos; para ver sus tareas, o &apos;clearline duty done ID [--note TEXTO]&apos; para marcar una como hecha.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy gives you no duties to do.</source>
        <translation>La política de su distrito no le asigna ninguna tarea.</translation>
    </message>
    <message>
        <source>Done by reading the policy and signing: clearline ack</source>
        <translation>Se cumple leyendo la política y firmando: clearline ack</translation>
    </message>
    <message>
        <source>Your district&apos;s policy has no duties.</source>
        <translation>La política de su distrito no tiene tareas.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy has no duty &quot;%1&quot;; its duties are: %2. See &apos;clearline duty list&apos;.</source>
        <translation>La política de su distrito no tiene la tarea &quot;%1&quot;; sus tareas son: %2. Vea &apos;clearline duty list&apos;.</translation>
    </message>
    <message>
        <source>Signed: &quot;%1&quot; is done.</source>
        <translation>Firmado: &quot;%1&quot; está hecha.</translation>
    </message>
    <message>
        <source>Signed: &quot;%1&quot; is done for the school year %2.</source>
        <translation>Firmado: &quot;%1&quot; está hecha para el año escolar %2.</translation>
    </message>
    <message>
        <source>Done when your district&apos;s policy pack carries the renewed list.</source>
        <translation>Se cumple cuando el paquete de política de su distrito incluya la lista renovada.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::EnrolCommand</name>
    <message>
        <source>ask district IT to confirm you in a role of the district&apos;s policy (an approver&apos;s first step)</source>
        <translation>pedir a TI del distrito que le confirme en un cargo de la política del distrito (el primer paso de quien aprueba)</translation>
    </message>
    <message>
        <source>The role of the district&apos;s policy you hold.</source>
        <translation>El cargo de la política del distrito que usted ocupa.</translation>
    </message>
    <message>
        <source>The school you hold it at, for a role at one school.</source>
        <translation>La escuela donde lo ocupa, para un cargo de una sola escuela.</translation>
    </message>
    <message>
        <source>Where to write the enrolment file for district IT.</source>
        <translation>Dónde escribir el archivo de inscripción para TI del distrito.</translation>
    </message>
    <message>
        <source>Use &apos;clearline enrol --role ROLE [--school SCHOOL]&apos;.</source>
        <translation>Use &apos;clearline enrol --role ROLE [--school SCHOOL]&apos;.</translation>
    </message>
    <message>
        <source>You asked to be confirmed as %1. Your enrolment request is in %2.</source>
        <translation>Pidió que le confirmen como %1. Su solicitud de inscripción está en %2.</translation>
    </message>
    <message>
        <source>Give that file to district IT, or send them a bundle: the request travels with your records. When IT calls to confirm, read them your key&apos;s fingerprint: %1</source>
        <translation>Entregue ese archivo a TI del distrito o envíeles un lote: la solicitud viaja con sus registros. Cuando TI llame para confirmar, léales la huella de su clave: %1</translation>
    </message>
    <message>
        <source>Until IT adds you to the district&apos;s policy and the new policy reaches you, ClearLine cannot count your decisions as %1.</source>
        <translation>Hasta que TI le añada a la política del distrito y la nueva política le llegue, ClearLine no puede contar sus decisiones como %1.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::HoldersVerbs</name>
    <message>
        <source>Say which pack file to change: --pack FILE</source>
        <translation>Indique qué archivo de paquete cambiar: --pack FILE</translation>
    </message>
    <message>
        <source>%1 is not a pack file. Give the district&apos;s own pack.yaml (a copy of a pack shipped with ClearLine is fine).</source>
        <translation>%1 no es un archivo de paquete. Indique el pack.yaml propio del distrito (sirve una copia de un paquete incluido en ClearLine).</translation>
    </message>
    <message>
        <source>There is no file %1, and no enrolment request with that fingerprint has reached this profile. Ask the person for their enrolment file, or import their bundle first.</source>
        <translation>No existe el archivo %1, y ninguna solicitud de inscripción con esa huella ha llegado a este perfil. Pida a la persona su archivo de inscripción o importe antes su lote.</translation>
    </message>
    <message>
        <source>ClearLine could not change %1 safely, so it left it as it was: %2</source>
        <translation>ClearLine no pudo cambiar %1 con seguridad, así que lo dejó como estaba: %2</translation>
    </message>
    <message>
        <source>ClearLine could not write %1.</source>
        <translation>ClearLine no pudo escribir %1.</translation>
    </message>
    <message>
        <source>Now sign it (clearline policy sign %1 --key FILE) and send a bundle: the new policy travels to every profile with it.</source>
        <translation>Ahora fírmelo (clearline policy sign %1 --key FILE) y envíe un lote: la nueva política viaja con él a todos los perfiles.</translation>
    </message>
    <message>
        <source>%1 has mistakes; fix them first: %2</source>
        <translation>%1 tiene errores; corríjalos primero: %2</translation>
    </message>
    <message>
        <source>This enrolment does not fit the pack: %1</source>
        <translation>Esta inscripción no encaja con el paquete: %1</translation>
    </message>
    <message>
        <source>The pack lists %1 as %2 with this key already.</source>
        <translation>El paquete ya incluye a %1 como %2 con esta clave.</translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; as %3 at %4.</source>
        <translation>Se añadió a %1 &lt;%2&gt; como %3 en %4.</translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; as %3.</source>
        <translation>Se añadió a %1 &lt;%2&gt; como %3.</translation>
    </message>
    <message>
        <source>Key fingerprint: %1. Before you sign, call the person and have them read theirs to you (ClearLine shows it on their profile): it must be the same.</source>
        <translation>Huella de la clave: %1. Antes de firmar, llame a la persona y pídale que le lea la suya (ClearLine la muestra en su perfil): debe ser la misma.</translation>
    </message>
    <message>
        <source>The pack is now version %1.</source>
        <translation>El paquete es ahora la versión %1.</translation>
    </message>
    <message>
        <source>The pack lists nobody with the key %1.</source>
        <translation>El paquete no incluye a nadie con la clave %1.</translation>
    </message>
    <message>
        <source>--at needs a time such as 2026-12-07T14:00:00Z.</source>
        <translation>--at necesita una hora como 2026-12-07T14:00:00Z.</translation>
    </message>
    <message>
        <source>%1 (%2) no longer holds %3 from %4: decisions they sign after that do not count; earlier ones still do.</source>
        <translation>%1 (%2) deja de ocupar %3 desde %4: las decisiones que firme después no cuentan; las anteriores siguen contando.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::IdentityCommand</name>
    <message>
        <source>show who this profile signs as, and the public key district IT and colleagues need (show)</source>
        <translation>mostrar con qué identidad firma este perfil y la clave pública que necesitan el departamento de informática del distrito y sus colegas (show)</translation>
    </message>
    <message>
        <source>Use &apos;clearline identity show&apos;.</source>
        <translation>Use &apos;clearline identity show&apos;.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>Huella de la clave: %1</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Clave pública: %1</translation>
    </message>
    <message>
        <source>District IT puts your public key in the district&apos;s policy to confirm you in a role. A colleague who has not had records from you yet can send you some with &apos;clearline bundle export --for %1&apos;. Anyone may see it; read the fingerprint aloud to check it.</source>
        <translation>El departamento de informática del distrito pone su clave pública en la política del distrito para confirmarle en un rol. Un colega que aún no ha recibido registros suyos puede enviarle algunos con &apos;clearline bundle export --for %1&apos;. Cualquiera puede verla; lea la huella en voz alta para comprobarla.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::InitCommand</name>
    <message>
        <source>set up a profile: your identity, your signing key and your record ledger</source>
        <translation>configurar un perfil: su identidad, su clave de firma y su libro de registros</translation>
    </message>
    <message>
        <source>Your full name.</source>
        <translation>Su nombre completo.</translation>
    </message>
    <message>
        <source>Your district e-mail address.</source>
        <translation>Su dirección de correo electrónico del distrito.</translation>
    </message>
    <message>
        <source>A role you hold (may be repeated).</source>
        <translation>Un cargo que ocupa (puede repetirse).</translation>
    </message>
    <message>
        <source>Your school&apos;s time zone (default: this computer&apos;s).</source>
        <translation>La zona horaria de su escuela (predeterminada: la de esta computadora).</translation>
    </message>
    <message>
        <source>&apos;clearline init&apos; takes no arguments besides its options.</source>
        <translation>&apos;clearline init&apos; no acepta argumentos aparte de sus opciones.</translation>
    </message>
    <message>
        <source>Give your name and district e-mail: --name &quot;…&quot; --email …</source>
        <translation>Indique su nombre y su correo electrónico del distrito: --name &quot;…&quot; --email …</translation>
    </message>
    <message>
        <source>Profile ready for %1 &lt;%2&gt;.</source>
        <translation>Perfil listo para %1 &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>Huella digital de la clave: %1</translation>
    </message>
    <message>
        <source>Your private key is in the system key store.</source>
        <translation>Su clave privada está en el almacén de claves del sistema.</translation>
    </message>
    <message>
        <source>Your private key is in %1, protected by your passphrase.</source>
        <translation>Su clave privada está en %1, protegida por su frase de contraseña.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy pack: a shipped id or a pack.yaml file.</source>
        <translation>El paquete de política de su distrito: el id de uno incluido con ClearLine o un archivo pack.yaml.</translation>
    </message>
    <message>
        <source>Your school&apos;s id in the district&apos;s pack.</source>
        <translation>El id de su escuela en el paquete del distrito.</translation>
    </message>
    <message>
        <source>The district policy %1 could not be read: %2</source>
        <translation>No se pudo leer la política del distrito %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a school of %2; its schools are: %3</source>
        <translation>&quot;%1&quot; no es una escuela de %2; sus escuelas son: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role in %2&apos;s policy; its roles are: %3</source>
        <translation>&quot;%1&quot; no es un cargo de la política de %2; sus cargos son: %3</translation>
    </message>
    <message>
        <source>A school is one of your district&apos;s: give --district too.</source>
        <translation>Una escuela pertenece a su distrito: indique también --district.</translation>
    </message>
    <message>
        <source>This profile had your key but no records file, so ClearLine made a new, empty one. If you had records here before, restore your latest backup: clearline ledger restore --from BACKUP</source>
        <translation>Este perfil tenía su clave pero ningún archivo de registros, así que ClearLine creó uno nuevo y vacío. Si antes tenía registros aquí, restaure su copia de seguridad más reciente: clearline ledger restore --from BACKUP</translation>
    </message>
    <message>
        <source>Public key (for district IT; &apos;clearline identity show&apos; prints it again): %1</source>
        <translation>Clave pública (para el departamento de informática del distrito; &apos;clearline identity show&apos; la muestra de nuevo): %1</translation>
    </message>
    <message>
        <source>Your district sets the policy for everyone on this computer (%1), so --district cannot choose another. Leave --district out.</source>
        <translation>Su distrito fija la política para todas las personas de esta computadora (%1), así que --district no puede elegir otra. Omita --district.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::LedgerCommand</name>
    <message>
        <source>Where to write the backup.</source>
        <translation>Dónde guardar la copia de seguridad.</translation>
    </message>
    <message>
        <source>Verify this ledger file (a backup) instead of the profile&apos;s.</source>
        <translation>Verificar este archivo de libro de registros (una copia de seguridad) en lugar del archivo del perfil.</translation>
    </message>
    <message>
        <source>Ledger: %1</source>
        <translation>Libro de registros: %1</translation>
    </message>
    <message>
        <source>Revisions: %1</source>
        <translation>Versiones: %1</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Registros: %1</translation>
    </message>
    <message>
        <source>Drafts: %1</source>
        <translation>Borradores: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Archivos adjuntos: %1</translation>
    </message>
    <message>
        <source>Authors: %1</source>
        <translation>Autores: %1</translation>
    </message>
    <message>
        <source>The ledger</source>
        <translation>El libro de registros</translation>
    </message>
    <message>
        <source>Revision %1 (number %2)</source>
        <translation>Versión %1 (número %2)</translation>
    </message>
    <message>
        <source>Verification failed. %1: %2. (Problems found: %3; revisions checked: %4.)</source>
        <translation>La verificación falló. %1: %2. (Problemas encontrados: %3; versiones comprobadas: %4.)</translation>
    </message>
    <message>
        <source>Say where to write the backup: --to FILE</source>
        <translation>Indique dónde guardar la copia de seguridad: --to ARCHIVO</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
    <message>
        <source>Verified (revisions: %1, records: %2, authors: %3, attachments: %4). Every hash, chain link and signature is intact.</source>
        <translation>Verificado (versiones: %1, registros: %2, autores: %3, adjuntos: %4). Todos los hashes, enlaces de la cadena y firmas están intactos.</translation>
    </message>
    <message>
        <source>Rebuilt the query tables (revisions: %1, records: %2).</source>
        <translation>Se reconstruyeron las tablas de consulta (versiones: %1, registros: %2).</translation>
    </message>
    <message>
        <source>The records file is damaged, so some records may be lost or wrong. ClearLine has not changed it. Restore your latest backup: %1</source>
        <translation>El archivo de registros está dañado, así que algunos registros pueden haberse perdido o ser incorrectos. ClearLine no lo ha modificado. Restaure su copia de seguridad más reciente: %1</translation>
    </message>
    <message>
        <source>Records were changed or removed outside ClearLine, so they can no longer be shown as their authors signed them. Keep this file for your IT staff, and restore your latest backup: %1</source>
        <translation>Se cambiaron o eliminaron registros fuera de ClearLine, así que ya no se pueden mostrar tal como los firmaron sus autores. Guarde este archivo para el personal de informática y restaure su copia de seguridad más reciente: %1</translation>
    </message>
    <message>
        <source>A record is signed by someone this profile does not know: it was added outside ClearLine. Keep this file for your IT staff.</source>
        <translation>Un registro está firmado por alguien que este perfil no conoce: se añadió fuera de ClearLine. Guarde este archivo para el personal de informática.</translation>
    </message>
    <message>
        <source>Your signed records are intact; only the tables ClearLine searches in are out of date. &apos;clearline ledger rebuild&apos; makes them again.</source>
        <translation>Sus registros firmados están intactos; solo están desactualizadas las tablas en las que ClearLine busca. &apos;clearline ledger rebuild&apos; las vuelve a crear.</translation>
    </message>
    <message>
        <source>restore: the backup (made by &apos;clearline ledger backup&apos;) to put in place of the profile&apos;s records.</source>
        <translation>restore: la copia de seguridad (hecha con &apos;clearline ledger backup&apos;) que se pondrá en lugar de los registros del perfil.</translation>
    </message>
    <message>
        <source>Say which backup to restore: --from BACKUP</source>
        <translation>Indique qué copia de seguridad restaurar: --from COPIA</translation>
    </message>
    <message>
        <source>Restored your records from %1 (revisions: %2, records: %3); the backup was verified first.</source>
        <translation>Se restauraron sus registros desde %1 (revisiones: %2, registros: %3); antes se verificó la copia de seguridad.</translation>
    </message>
    <message>
        <source>The file it replaces is kept as %1, for your IT staff.</source>
        <translation>El archivo reemplazado se conserva como %1, para el personal de informática.</translation>
    </message>
    <message>
        <source>check, rebuild, back up and restore your records (stats, verify, rebuild, backup --to FILE, backups, restore --from BACKUP)</source>
        <translation>comprobar, reconstruir, copiar y restaurar sus registros (stats, verify, rebuild, backup --to ARCHIVO, backups, restore --from COPIA)</translation>
    </message>
    <message>
        <source>Use &apos;clearline ledger stats&apos;, &apos;verify&apos;, &apos;rebuild&apos;, &apos;backup --to FILE&apos;, &apos;backups&apos; or &apos;restore --from BACKUP&apos;.</source>
        <translation>Use &apos;clearline ledger stats&apos;, &apos;verify&apos;, &apos;rebuild&apos;, &apos;backup --to ARCHIVO&apos;, &apos;backups&apos; o &apos;restore --from COPIA&apos;.</translation>
    </message>
    <message>
        <source>No automatic backup yet. ClearLine makes one each day it saves, once you have records, in %1.</source>
        <translation>Todavía no hay copias de seguridad automáticas. ClearLine hace una cada día que guarda, cuando ya tiene registros, en %1.</translation>
    </message>
    <message numerus="yes">
        <source>Automatic backups in %1, newest first; each was checked when it was made, and %n day(s) of them are kept:</source>
        <translation>
            <numerusform>Copias de seguridad automáticas en %1, la más reciente primero; cada una se comprobó al hacerse, y se guarda %n día de ellas:</numerusform>
            <numerusform>Copias de seguridad automáticas en %1, la más reciente primero; cada una se comprobó al hacerse, y se guardan %n días de ellas:</numerusform>
        </translation>
    </message>
    <message>
        <source>made %1, %2 KB</source>
        <translation>hecha %1, %2 KB</translation>
    </message>
    <message>
        <source>To restore one: %1</source>
        <translation>Para restaurar una: %1</translation>
    </message>
</context>
<context>
    <name>clearline::cli::MemoCommand</name>
    <message>
        <source>write, list and correct memos to file (add, list, show ID, correct ID)</source>
        <translation>escribir, listar y corregir notas para el archivo (add, list, show ID, correct ID)</translation>
    </message>
    <message>
        <source>The memo&apos;s title.</source>
        <translation>El título de la nota.</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>Qué pasó.</translation>
    </message>
    <message>
        <source>A file to attach (may be repeated).</source>
        <translation>Un archivo para adjuntar (puede repetirse).</translation>
    </message>
    <message>
        <source>Why a memo is corrected.</source>
        <translation>El motivo de la corrección de la nota.</translation>
    </message>
    <message>
        <source>Use &apos;clearline memo add --title … --text …&apos;, &apos;clearline memo list&apos;, &apos;clearline memo show ID&apos; or &apos;clearline memo correct ID --reason …&apos;.</source>
        <translation>Use &apos;clearline memo add --title … --text …&apos;, &apos;clearline memo list&apos;, &apos;clearline memo show ID&apos; o &apos;clearline memo correct ID --reason …&apos;.</translation>
    </message>
    <message>
        <source>Memo filed: %1</source>
        <translation>Nota archivada: %1</translation>
    </message>
    <message>
        <source>No memos yet.</source>
        <translation>Todavía no hay notas.</translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation>(corregida)</translation>
    </message>
    <message>
        <source>Memo corrected: %1</source>
        <translation>Nota corregida: %1</translation>
    </message>
    <message>
        <source>Attached: %1 (%2, SHA-256 %3)</source>
        <translation>Adjunto: %1 (%2, SHA-256 %3)</translation>
    </message>
</context>
<context>
    <name>clearline::cli::NoticeCommand</name>
    <message>
        <source>the notices your requests ask you to hand out: what is still to do, the text, and that you gave it (list, show ID)</source>
        <translation>los avisos que sus solicitudes le piden entregar: lo que falta, el texto y a quién lo entregó (list, show ID)</translation>
    </message>
    <message>
        <source>Which notice, when the request names more than one.</source>
        <translation>Qué aviso, cuando la solicitud nombra más de uno.</translation>
    </message>
    <message>
        <source>The notice&apos;s language (en, es, pt_BR…).</source>
        <translation>El idioma del aviso (en, es, pt_BR…).</translation>
    </message>
    <message>
        <source>Record that you handed the notice to these people.</source>
        <translation>Registrar que entregó el aviso a estas personas.</translation>
    </message>
    <message>
        <source>Use &apos;clearline notice list&apos; or &apos;clearline notice show ID [--language LANG] [--given-to WHOM]&apos;.</source>
        <translation>Use &apos;clearline notice list&apos; o &apos;clearline notice show ID [--language IDIOMA] [--given-to QUIÉN]&apos;.</translation>
    </message>
    <message>
        <source>No notice is waiting to be handed out.</source>
        <translation>No hay ningún aviso pendiente de entregar.</translation>
    </message>
    <message>
        <source>To hand out: %1, for &quot;%2&quot;</source>
        <translation>Por entregar: %1, para &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not one of your requests. A trip&apos;s notice is shown by &apos;clearline disclosure notice ID&apos;.</source>
        <translation>%1 no es una de sus solicitudes. El aviso de un viaje se muestra con &apos;clearline disclosure notice ID&apos;.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy asks for no notice with &quot;%1&quot;.</source>
        <translation>La política de su distrito no pide ningún aviso con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This request&apos;s notices are: %1.</source>
        <translation>Los avisos de esta solicitud son: %1.</translation>
    </message>
    <message>
        <source>Your district gives its notices in: %1.</source>
        <translation>Su distrito da sus avisos en: %1.</translation>
    </message>
    <message>
        <source>Recorded: handed out to %1.</source>
        <translation>Registrado: entregado a %1.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::PolicyCommand</name>
    <message>
        <source>Show this clause and what cites it.</source>
        <translation>Mostrar esta cláusula y lo que la cita.</translation>
    </message>
    <message>
        <source>%1: valid (%2: %3 clauses, %4 rules, %5 procedures)</source>
        <translation>%1: válido (%2: %3 cláusulas, %4 reglas, %5 trámites)</translation>
    </message>
    <message>
        <source>%1: refused (mistakes found: %2)</source>
        <translation>%1: rechazado (errores encontrados: %2)</translation>
    </message>
    <message>
        <source>%1 is not a valid pack: %2 (run &apos;clearline policy validate %1&apos;)</source>
        <translation>%1 no es un paquete válido: %2 (ejecute &apos;clearline policy validate %1&apos;)</translation>
    </message>
    <message>
        <source>%1 has no clause &quot;%2&quot;.</source>
        <translation>%1 no tiene ninguna cláusula &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>§ %1  %2</source>
        <translation>§ %1  %2</translation>
    </message>
    <message>
        <source>Cited by: %1</source>
        <translation>Citada por: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ninguna regla ni trámite</translation>
    </message>
    <message>
        <source>Procedures:</source>
        <translation>Trámites:</translation>
    </message>
    <message>
        <source>Where keygen writes the district&apos;s signing key.</source>
        <translation>Dónde guarda keygen la clave de firma del distrito.</translation>
    </message>
    <message>
        <source>The district signing key that sign uses.</source>
        <translation>La clave de firma del distrito que usa sign.</translation>
    </message>
    <message>
        <source>signature: %1</source>
        <translation>firma: %1</translation>
    </message>
    <message>
        <source>Say where to keep the district&apos;s signing key: --out FILE</source>
        <translation>Indique dónde guardar la clave de firma del distrito: --out ARCHIVO</translation>
    </message>
    <message>
        <source>%1 exists already; ClearLine never overwrites a signing key.</source>
        <translation>%1 ya existe; ClearLine nunca sobrescribe una clave de firma.</translation>
    </message>
    <message>
        <source>Protect the district&apos;s signing key with a passphrase of at least %1 characters in CLEARLINE_PASSPHRASE.</source>
        <translation>Proteja la clave de firma del distrito con una frase de contraseña de al menos %1 caracteres en CLEARLINE_PASSPHRASE.</translation>
    </message>
    <message>
        <source>ClearLine could not write %1.</source>
        <translation>ClearLine no pudo escribir %1.</translation>
    </message>
    <message>
        <source>District signing key written to %1.</source>
        <translation>Clave de firma del distrito guardada en %1.</translation>
    </message>
    <message>
        <source>Fingerprint: %1 (staff profiles trust packs signed with it after &apos;clearline settings set district_key %1&apos;).</source>
        <translation>Huella digital: %1 (los perfiles del personal confían en los paquetes firmados con ella después de &apos;clearline settings set district_key %1&apos;).</translation>
    </message>
    <message>
        <source>Say which signing key to use: --key FILE</source>
        <translation>Indique qué clave de firma usar: --key ARCHIVO</translation>
    </message>
    <message>
        <source>%1 has mistakes, so ClearLine will not sign it: %2</source>
        <translation>%1 tiene errores, así que ClearLine no lo firmará: %2</translation>
    </message>
    <message>
        <source>ClearLine could not read the signing key %1.</source>
        <translation>ClearLine no pudo leer la clave de firma %1.</translation>
    </message>
    <message>
        <source>%1 is not a signing key.</source>
        <translation>%1 no es una clave de firma.</translation>
    </message>
    <message>
        <source>Signed %1 with the key %2.</source>
        <translation>%1 firmado con la clave %2.</translation>
    </message>
    <message>
        <source>check: the channel used.</source>
        <translation>check: el medio usado.</translation>
    </message>
    <message>
        <source>check: students, parents or students-and-parents.</source>
        <translation>check: students, parents o students-and-parents.</translation>
    </message>
    <message>
        <source>check: when (ISO 8601; default now).</source>
        <translation>check: cuándo (ISO 8601; por defecto, ahora).</translation>
    </message>
    <message>
        <source>check: a condition that holds (may be repeated).</source>
        <translation>check: una condición que se cumple (puede repetirse).</translation>
    </message>
    <message>
        <source>check: the student&apos;s grade (K = 0).</source>
        <translation>check: el grado del estudiante (K = 0).</translation>
    </message>
    <message>
        <source>%1 is not a valid pack: %2</source>
        <translation>%1 no es un paquete válido: %2</translation>
    </message>
    <message>
        <source>Give --channel (one of: %1) and --audience (one of: %2).</source>
        <translation>Indique --channel (uno de: %1) y --audience (uno de: %2).</translation>
    </message>
    <message>
        <source>--at takes a time like 2026-11-22T21:05:00-05:00.</source>
        <translation>--at necesita una hora como 2026-11-22T21:05:00-05:00.</translation>
    </message>
    <message>
        <source>When: %1 in the district&apos;s time, %2.</source>
        <translation>Cuándo: %1 en la hora del distrito, %2.</translation>
    </message>
    <message>
        <source>The policy says nothing about this channel for this audience.</source>
        <translation>La política no dice nada sobre este medio con este público.</translation>
    </message>
    <message>
        <source>Verdict: %1 (rule %2, § %3 %4)</source>
        <translation>Veredicto: %1 (regla %2, § %3 %4)</translation>
    </message>
    <message>
        <source>Ask first with the procedure: %1</source>
        <translation>Pida permiso primero con el trámite: %1</translation>
    </message>
    <message>
        <source>check: the person holds an approved request of this procedure that covers the contact (may be repeated).</source>
        <translation>check: la persona tiene una solicitud aprobada de este procedimiento que cubre el contacto (se puede repetir).</translation>
    </message>
    <message>
        <source>The pack has no procedure &quot;%1&quot; for --approved.</source>
        <translation>El paquete no tiene el procedimiento &quot;%1&quot; para --approved.</translation>
    </message>
    <message>
        <source>Allowed by an approved request: %1</source>
        <translation>Permitido por una solicitud aprobada: %1</translation>
    </message>
    <message>
        <source>Statements to make:</source>
        <translation>Declaraciones que debe hacer:</translation>
    </message>
    <message>
        <source>[your name]</source>
        <translation>[su nombre]</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Cuándo: %1</translation>
    </message>
    <message>
        <source>check, read and sign district policy packs (validate, show, check, keygen, sign, holders)</source>
        <translation>comprobar, leer y firmar los paquetes de política del distrito (validate, show, check, keygen, sign, holders)</translation>
    </message>
    <message>
        <source>holders: the district&apos;s pack.yaml to change.</source>
        <translation>holders: el pack.yaml del distrito que se cambia.</translation>
    </message>
    <message>
        <source>Use &apos;clearline policy validate PATH…&apos;, &apos;show PACK&apos;, &apos;keygen --out FILE&apos;, &apos;sign PACK --key FILE&apos; or &apos;holders add|remove ENROLMENT-FILE|FINGERPRINT --pack FILE&apos;.</source>
        <translation>Use &apos;clearline policy validate PATH…&apos;, &apos;show PACK&apos;, &apos;keygen --out FILE&apos;, &apos;sign PACK --key FILE&apos; o &apos;holders add|remove ENROLMENT-FILE|FINGERPRINT --pack FILE&apos;.</translation>
    </message>
    <message>
        <source>check: the contact&apos;s purpose, one of the pack&apos;s purposes (its conditions hold).</source>
        <translation>check: el propósito del contacto, uno de los propósitos del paquete (se cumplen sus condiciones).</translation>
    </message>
    <message>
        <source>%1 (a warning: the pack still loads)</source>
        <translation>%1 (un aviso: el paquete se carga igualmente)</translation>
    </message>
    <message>
        <source>The pack has no purpose &quot;%1&quot;; its purposes are: %2.</source>
        <translation>El paquete no tiene el propósito &quot;%1&quot;; sus propósitos son: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Purposes of a contact:</source>
        <translation>Propósitos de un contacto:</translation>
    </message>
    <message>
        <source>Family ties the policy names:</source>
        <translation>Vínculos familiares que nombra la política:</translation>
    </message>
</context>
<context>
    <name>clearline::cli::RecordsCommand</name>
    <message>
        <source>Only records written by this person (part of a name or e-mail).</source>
        <translation>Solo los registros escritos por esta persona (parte de un nombre o de un correo electrónico).</translation>
    </message>
    <message>
        <source>Only contacts and concerns with this student (initials or roster id).</source>
        <translation>Solo los contactos e inquietudes con este estudiante (iniciales o número de lista).</translation>
    </message>
    <message>
        <source>Only records of this school (its id in the district&apos;s pack).</source>
        <translation>Solo los registros de esta escuela (su id en el paquete del distrito).</translation>
    </message>
    <message>
        <source>Only records of this kind (memo, contact, request, …).</source>
        <translation>Solo los registros de este tipo (memo, contact, request, …).</translation>
    </message>
    <message>
        <source>Only records last changed on or after this day (YYYY-MM-DD).</source>
        <translation>Solo los registros cuyo último cambio fue en este día o después (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only records last changed on or before this day (YYYY-MM-DD).</source>
        <translation>Solo los registros cuyo último cambio fue en este día o antes (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>search: list at most N records (default %1; 0 lists all).</source>
        <translation>search: listar como máximo N registros (predeterminado: %1; 0 los lista todos).</translation>
    </message>
    <message>
        <source>export: csv or pdf.</source>
        <translation>export: csv o pdf.</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: el archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>--%1 needs a day as YYYY-MM-DD, such as 2026-09-01.</source>
        <translation>--%1 necesita un día en formato YYYY-MM-DD, como 2026-09-01.</translation>
    </message>
    <message>
        <source>--from is after --to: no record could match.</source>
        <translation>--from es posterior a --to: ningún registro podría coincidir.</translation>
    </message>
    <message>
        <source>Use &apos;clearline records search [QUERY]&apos; or &apos;clearline records export --format csv|pdf --out FILE&apos;.</source>
        <translation>Use &apos;clearline records search [BÚSQUEDA]&apos; o &apos;clearline records export --format csv|pdf --out ARCHIVO&apos;.</translation>
    </message>
    <message>
        <source>--limit needs a number, 0 or more.</source>
        <translation>--limit necesita un número, 0 o mayor.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 records (use --limit 0 for all)</source>
        <translation>%1 de %2 registros (use --limit 0 para verlos todos)</translation>
    </message>
    <message>
        <source>--format is csv or pdf.</source>
        <translation>--format es csv o pdf.</translation>
    </message>
    <message>
        <source>--out needs the file to write, such as records.%1.</source>
        <translation>--out necesita el archivo que se va a escribir, como records.%1.</translation>
    </message>
    <message>
        <source>PDF export needs the web engine of the full ClearLine program; this one was started without it. Use --format csv, or run the clearline program itself.</source>
        <translation>Para exportar a PDF se necesita el motor web del programa ClearLine completo; este se inició sin él. Use --format csv o ejecute el propio programa clearline.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n registro en %1.</numerusform>
            <numerusform>Se escribieron %n registros en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are NOT verified; see the verification column.</source>
        <translation>
            <numerusform>%n de ellos NO está verificado; consulte la columna de verificación.</numerusform>
            <numerusform>%n de ellos NO están verificados; consulte la columna de verificación.</numerusform>
        </translation>
    </message>
    <message>
        <source>search: only the records whose retention period has ended and that no legal hold keeps.</source>
        <translation>search: solo los registros cuyo plazo de conservación ha terminado y que ninguna retención legal mantiene.</translation>
    </message>
    <message>
        <source>with --retention-due: the day to judge on (YYYY-MM-DD) instead of today.</source>
        <translation>con --retention-due: el día con el que juzgar (AAAA-MM-DD) en lugar de hoy.</translation>
    </message>
    <message>
        <source>hold: why the record must be kept.</source>
        <translation>hold: por qué hay que conservar el registro.</translation>
    </message>
    <message>
        <source>Name one record: &apos;clearline records %1 RECORD&apos;.</source>
        <translation>Indique un registro: &apos;clearline records %1 RECORD&apos;.</translation>
    </message>
    <message>
        <source>--retention-due lists every record that is due; it takes no words.</source>
        <translation>--retention-due lista todos los registros vencidos; no admite palabras de búsqueda.</translation>
    </message>
    <message>
        <source>--as-of goes with &apos;search --retention-due&apos;.</source>
        <translation>--as-of va con &apos;search --retention-due&apos;.</translation>
    </message>
    <message>
        <source>Only records you may see are included.</source>
        <translation>Solo se incluyen los registros que usted puede ver.</translation>
    </message>
    <message>
        <source>search every record of the profile, and export the result as CSV or PDF (search, export); list the records whose retention period has ended, and place or release legal holds (hold, release); show one record and who can see it (show)</source>
        <translation>buscar en todos los registros del perfil y exportar el resultado como CSV o PDF (search, export); listar los registros cuyo plazo de conservación terminó y poner o levantar retenciones legales (hold, release); mostrar un registro y quién puede verlo (show)</translation>
    </message>
    <message>
        <source>Name one record: &apos;clearline records show RECORD&apos;.</source>
        <translation>Indique un registro: &apos;clearline records show REGISTRO&apos;.</translation>
    </message>
    <message>
        <source>This profile holds no record %1.</source>
        <translation>Este perfil no guarda ningún registro %1.</translation>
    </message>
    <message>
        <source>Who can see this: ClearLine cannot tell without your district&apos;s policy (%1).</source>
        <translation>Quién puede verlo: ClearLine no puede saberlo sin la política de su distrito (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The first %n part(s) were written.</source>
        <translation>
            <numerusform>Se escribió la primera parte.</numerusform>
            <numerusform>Se escribieron las primeras %n partes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The paper copy of %n record(s) is too long for one PDF file, so ClearLine wrote it in %1 parts: %2.</source>
        <translation>
            <numerusform>La copia en papel de %n registro es demasiado larga para un solo archivo PDF, así que ClearLine la escribió en %1 partes: %2.</numerusform>
            <numerusform>La copia en papel de %n registros es demasiado larga para un solo archivo PDF, así que ClearLine la escribió en %1 partes: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::cli::RequestCommand</name>
    <message>
        <source>ask for what the district&apos;s policy asks approval for (kinds, new, list, show, correct, withdraw)</source>
        <translation>solicitar lo que la política del distrito exige aprobar (kinds, new, list, show, correct, withdraw)</translation>
    </message>
    <message>
        <source>An answer, as the field&apos;s id and its value (may be repeated).</source>
        <translation>Una respuesta, como el id del campo y su valor (puede repetirse).</translation>
    </message>
    <message>
        <source>A checklist item that is true (may be repeated).</source>
        <translation>Un elemento de la lista de verificación que se cumple (puede repetirse).</translation>
    </message>
    <message>
        <source>Sign and send the request; without it, a draft is saved.</source>
        <translation>Firmar y enviar la solicitud; sin esta opción, se guarda un borrador.</translation>
    </message>
    <message>
        <source>Why a request is corrected or withdrawn.</source>
        <translation>El motivo por el que se corrige o se retira una solicitud.</translation>
    </message>
    <message>
        <source>Use &apos;clearline request kinds&apos;, &apos;request new KIND --field NAME=VALUE … [--submit]&apos;, &apos;request list&apos;, &apos;request show ID&apos;, &apos;request correct ID --reason …&apos; or &apos;request withdraw ID --reason …&apos;.</source>
        <translation>Use &apos;clearline request kinds&apos;, &apos;request new TIPO --field NOMBRE=VALOR … [--submit]&apos;, &apos;request list&apos;, &apos;request show ID&apos;, &apos;request correct ID --reason …&apos; o &apos;request withdraw ID --reason …&apos;.</translation>
    </message>
    <message>
        <source>  (optional)</source>
        <translation>  (opcional)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2; its fields are: %3</source>
        <translation>&quot;%1&quot; no es un campo de %2; sus campos son: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the checklist of %2.</source>
        <translation>&quot;%1&quot; no está en la lista de verificación de %2.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy has no request called &quot;%1&quot;; &apos;clearline request kinds&apos; lists them.</source>
        <translation>La política de su distrito no tiene ninguna solicitud llamada &quot;%1&quot;; &apos;clearline request kinds&apos; muestra la lista.</translation>
    </message>
    <message>
        <source>Draft saved: %1</source>
        <translation>Borrador guardado: %1</translation>
    </message>
    <message>
        <source>Request sent: %1</source>
        <translation>Solicitud enviada: %1</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Todavía no hay solicitudes.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>%1 is not a request.</source>
        <translation>%1 no es una solicitud.</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Ruta:</translation>
    </message>
    <message>
        <source>Say why with --reason; it is kept with the correction.</source>
        <translation>Indique el motivo con --reason; se guarda con la corrección.</translation>
    </message>
    <message>
        <source>%1 is not a request under your district&apos;s current policy.</source>
        <translation>%1 no es una solicitud según la política actual de su distrito.</translation>
    </message>
    <message>
        <source>Request corrected: %1</source>
        <translation>Solicitud corregida: %1</translation>
    </message>
    <message>
        <source>Say why with --reason; it is kept with the withdrawal.</source>
        <translation>Indique el motivo con --reason; se guarda con el retiro de la solicitud.</translation>
    </message>
    <message>
        <source>Request withdrawn: %1</source>
        <translation>Solicitud retirada: %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>new: the approved request this one continues; its answers are filled in.</source>
        <translation>new: la solicitud aprobada que esta continúa; sus respuestas se copian.</translation>
    </message>
    <message>
        <source>%1 is not an approved request of yours that &quot;%2&quot; continues.</source>
        <translation>%1 no es una solicitud suya aprobada que &quot;%2&quot; continúe.</translation>
    </message>
    <message>
        <source>Next step: &quot;%1&quot; is approved; now send &quot;%2&quot;:</source>
        <translation>Siguiente paso: &quot;%1&quot; está aprobada; ahora envíe &quot;%2&quot;:</translation>
    </message>
</context>
<context>
    <name>clearline::cli::RetentionVerbs</name>
    <message>
        <source>--as-of needs a day as YYYY-MM-DD, such as 2033-07-01.</source>
        <translation>--as-of necesita un día como AAAA-MM-DD, por ejemplo 2033-07-01.</translation>
    </message>
    <message numerus="yes">
        <source>Records whose retention period has ended by %1: %n record(s)</source>
        <translation>
            <numerusform>Registros cuyo plazo de conservación ha terminado el %1: %n registro</numerusform>
            <numerusform>Registros cuyo plazo de conservación ha terminado el %1: %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>ClearLine deletes nothing. Decide about each record as your district&apos;s records schedule says, or keep it with &apos;clearline records hold RECORD --reason TEXT&apos;.</source>
        <translation>ClearLine no borra nada. Decida sobre cada registro según el calendario de conservación de su distrito, o consérvelo con &apos;clearline records hold RECORD --reason TEXT&apos;.</translation>
    </message>
    <message>
        <source>Say why the record is held: --reason TEXT.</source>
        <translation>Diga por qué se retiene el registro: --reason TEXT.</translation>
    </message>
    <message>
        <source>Signed a legal hold on &quot;%1&quot;. It stays off the retention-due list until you release it.</source>
        <translation>Firmada una retención legal sobre «%1». No aparecerá en la lista de vencidos hasta que la levante.</translation>
    </message>
    <message>
        <source>Released the legal hold on &quot;%1&quot;.</source>
        <translation>Levantada la retención legal sobre «%1».</translation>
    </message>
</context>
<context>
    <name>clearline::cli::ReviewCommand</name>
    <message>
        <source>what waits for your decision, and your signed answers (queue, show, approve, deny, return)</source>
        <translation>lo que espera su decisión y sus respuestas firmadas (queue, show, approve, deny, return)</translation>
    </message>
    <message>
        <source>What you tell the person who asked (needed to deny or return).</source>
        <translation>Lo que le dice a la persona que hizo la solicitud (necesario para denegar o devolver).</translation>
    </message>
    <message>
        <source>Only requests of this procedure.</source>
        <translation>Solo las solicitudes de este trámite.</translation>
    </message>
    <message>
        <source>Only requests for this school.</source>
        <translation>Solo las solicitudes para esta escuela.</translation>
    </message>
    <message>
        <source>Only requests from this person.</source>
        <translation>Solo las solicitudes de esta persona.</translation>
    </message>
    <message>
        <source>decide, inform or overdue.</source>
        <translation>decide, inform u overdue.</translation>
    </message>
    <message>
        <source>Show the request as the printable page (HTML).</source>
        <translation>Mostrar la solicitud como página imprimible (HTML).</translation>
    </message>
    <message>
        <source>Use &apos;clearline review queue&apos;, &apos;review show ID&apos; or &apos;review approve|deny|return ID --comment …&apos;.</source>
        <translation>Use &apos;clearline review queue&apos;, &apos;review show ID&apos; o &apos;review approve|deny|return ID --comment …&apos;.</translation>
    </message>
    <message>
        <source>You %1 request %2.</source>
        <translation>Solicitud %2: %1 por usted.</translation>
    </message>
    <message>
        <source>--state is decide, inform or overdue.</source>
        <translation>--state es decide, inform u overdue.</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>No hay nada pendiente para usted.</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ATRASADA</translation>
    </message>
    <message>
        <source>decide</source>
        <translation>por decidir</translation>
    </message>
    <message>
        <source>for your information</source>
        <translation>para su información</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) waiting</source>
        <translation>
            <numerusform>%n día en espera</numerusform>
            <numerusform>%n días en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged %1: %2 of %3 staff</source>
        <translation>Confirmaron la lectura de la política del año escolar %1: %2 de %3 miembros del personal</translation>
    </message>
    <message>
        <source>not yet: %1</source>
        <translation>todavía no: %1</translation>
    </message>
    <message>
        <source>Trips with a shared number this week: %1</source>
        <translation>Excursiones con un número compartido esta semana: %1</translation>
    </message>
    <message>
        <source>Misuse reports this school year: %1</source>
        <translation>Informes de uso indebido este año escolar: %1</translation>
    </message>
    <message>
        <source>Professional accounts registered: %1</source>
        <translation>Cuentas profesionales registradas: %1</translation>
    </message>
    <message>
        <source> — DOES NOT CHECK OUT</source>
        <translation> — NO ES VÁLIDA</translation>
    </message>
    <message>
        <source>Duty: %1 (%2)</source>
        <translation>Tarea: %1 (%2)</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>URGENTE</translation>
    </message>
    <message>
        <source>Waiting for district IT to confirm you as %1 (clearline enrol --role ROLE asks them).</source>
        <translation>Esperando a que TI del distrito le confirme como %1 (clearline enrol --role ROLE se lo pide).</translation>
    </message>
</context>
<context>
    <name>clearline::cli::RevisionHistory</name>
    <message>
        <source>signed by key %1</source>
        <translation>firmada con la clave %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motivo: %1</translation>
    </message>
</context>
<context>
    <name>clearline::cli::Session</name>
    <message>
        <source>ClearLine&apos;s window is open for this profile. So that the two do not change your records at once, do this in the window, or close the window and run the command again.</source>
        <translation>La ventana de ClearLine está abierta para este perfil. Para que las dos no cambien sus registros a la vez, hágalo en la ventana, o cierre la ventana y vuelva a ejecutar la orden.</translation>
    </message>
    <message>
        <source>Authoring mode: the district&apos;s pack is not signed or not trusted; use this only to try a pack.</source>
        <translation>Modo de redacción: el paquete del distrito no está firmado o no es de confianza; úselo solo para probar un paquete.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::SettingsCommand</name>
    <message>
        <source>show or change a profile&apos;s settings (list, get KEY, set KEY VALUE)</source>
        <translation>ver o cambiar los ajustes de un perfil (list, get CLAVE, set CLAVE VALOR)</translation>
    </message>
    <message>
        <source>Use &apos;clearline settings list&apos;, &apos;clearline settings get KEY&apos; or &apos;clearline settings set KEY VALUE&apos;.</source>
        <translation>Use &apos;clearline settings list&apos;, &apos;clearline settings get CLAVE&apos; o &apos;clearline settings set CLAVE VALOR&apos;.</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Archivo de ajustes: %1</translation>
    </message>
    <message>
        <source>Data folder:   %1</source>
        <translation>Carpeta de datos:   %1</translation>
    </message>
    <message>
        <source>There is no district pack &quot;%1&quot;: it is neither one of ClearLine&apos;s (%2) nor a pack file. The district was not changed.</source>
        <translation>No existe el paquete de distrito &quot;%1&quot;: no es uno de los de ClearLine (%2) ni un archivo de paquete. No se cambió el distrito.</translation>
    </message>
    <message>
        <source>The district policy %1 could not be read, so the district was not changed:
%2</source>
        <translation>No se pudo leer la política del distrito %1, así que no se cambió el distrito:
%2</translation>
    </message>
    <message>
        <source>District file: %1</source>
        <translation>Archivo del distrito: %1</translation>
    </message>
    <message>
        <source>(set by your district; cannot be changed)</source>
        <translation>(fijado por su distrito; no se puede cambiar)</translation>
    </message>
    <message>
        <source>(your district&apos;s default)</source>
        <translation>(valor predeterminado de su distrito)</translation>
    </message>
</context>
<context>
    <name>clearline::contacts::ContactEntry</name>
    <message>
        <source>Say when the contact happened.</source>
        <translation>Indique cuándo ocurrió el contacto.</translation>
    </message>
    <message>
        <source>Give the person&apos;s initials only (up to 8 letters), not their name.</source>
        <translation>Escriba solo las iniciales de la persona (hasta 8 letras), no su nombre.</translation>
    </message>
    <message>
        <source>Say whether it was a student or a parent or guardian.</source>
        <translation>Indique si fue un estudiante o un padre, madre o tutor.</translation>
    </message>
    <message>
        <source>Choose the channel: %1.</source>
        <translation>Elija el medio: %1.</translation>
    </message>
    <message>
        <source>Your district asks you to begin with the parent or guardian%1.</source>
        <translation>Su distrito le pide que empiece por el padre, la madre o el tutor%1.</translation>
    </message>
    <message>
        <source>Your district discourages this%1; keep it to the purpose you logged.</source>
        <translation>Su distrito lo desaconseja%1; limítese al motivo que registró.</translation>
    </message>
    <message>
        <source>Forward a copy of the message to your district account.</source>
        <translation>Reenvíe una copia del mensaje a su cuenta del distrito.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy does not allow this%1. It is logged as a self-report, so the record shows you told it as it was.</source>
        <translation>La política de su distrito no permite esto%1. Queda registrado como autoinforme, para que el registro muestre que usted lo contó tal como fue.</translation>
    </message>
    <message>
        <source>You are a mandated reporter: tell %1 now, and report to %2.</source>
        <translation>Usted tiene la obligación legal de denunciar: avise ahora a %1 y presente la denuncia ante %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>You are a mandated reporter: tell %1 now.</source>
        <translation>Usted tiene la obligación legal de denunciar: avise ahora a %1.</translation>
    </message>
    <message>
        <source>You are a mandated reporter: follow your school&apos;s reporting procedure now, and report to %1.</source>
        <translation>Usted tiene la obligación legal de denunciar: siga ahora el procedimiento de denuncia de su escuela y presente la denuncia ante %1.</translation>
    </message>
    <message>
        <source>You are a mandated reporter: follow your school&apos;s reporting procedure now.</source>
        <translation>Usted tiene la obligación legal de denunciar: siga ahora el procedimiento de denuncia de su escuela.</translation>
    </message>
    <message>
        <source>%1 (or designee)</source>
        <translation>%1 (o la persona designada)</translation>
    </message>
    <message>
        <source>Allowed: your approved request &quot;%1&quot; covers this%2.</source>
        <translation>Permitido: su solicitud aprobada &quot;%1&quot; cubre esto%2.</translation>
    </message>
    <message>
        <source>Make sure the people you contact have had: %1.</source>
        <translation>Asegúrese de que las personas que contacta hayan recibido: %1.</translation>
    </message>
    <message>
        <source>This needs approval first%1: send the request &quot;%2&quot;.</source>
        <translation>Esto necesita aprobación antes%1: envíe la solicitud &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>(not in your district&apos;s policy)</source>
        <translation>(no está en la política de su distrito)</translation>
    </message>
    <message>
        <source>Say who was on the message: only this person, a group, or the student with a parent copied.</source>
        <translation>Diga quién estaba en el mensaje: solo esta persona, un grupo o el estudiante con un padre en copia.</translation>
    </message>
    <message>
        <source>A parent is copied on a message to a student; for a parent, choose only this person or a group.</source>
        <translation>Un padre va en copia en un mensaje a un estudiante; para un padre, elija solo esta persona o un grupo.</translation>
    </message>
    <message>
        <source>Say which device you used: a district device or your own.</source>
        <translation>Diga qué dispositivo usó: uno del distrito o el suyo.</translation>
    </message>
    <message>
        <source>Say whose phone it reached: the student&apos;s own or the family&apos;s.</source>
        <translation>Diga a qué teléfono llegó: el del propio estudiante o el de la familia.</translation>
    </message>
    <message>
        <source>Whose phone it reached is for a call or a text only.</source>
        <translation>A qué teléfono llegó se indica solo para una llamada o un mensaje de texto.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy names no purposes; leave the purpose out.</source>
        <translation>La política de su distrito no nombra propósitos; no indique ninguno.</translation>
    </message>
    <message>
        <source>Choose one of your district&apos;s purposes: %1.</source>
        <translation>Elija uno de los propósitos de su distrito: %1.</translation>
    </message>
    <message>
        <source>To do: %1, by %2.</source>
        <translation>Pendiente: %1, antes de %2.</translation>
    </message>
    <message>
        <source>To do: %1.</source>
        <translation>Pendiente: %1.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy names no family ties; say only whether the student is your own child.</source>
        <translation>La política de su distrito no nombra vínculos familiares; indique solo si el estudiante es su propio hijo o hija.</translation>
    </message>
    <message>
        <source>Choose one of the family ties your district names: %1.</source>
        <translation>Elija uno de los vínculos familiares que nombra su distrito: %1.</translation>
    </message>
</context>
<context>
    <name>clearline::contacts::ContactFiling</name>
    <message>
        <source>There is no such entry (%1) in this profile.</source>
        <translation>No hay ninguna entrada así (%1) en este perfil.</translation>
    </message>
    <message>
        <source>Only the person who logged it can change it.</source>
        <translation>Solo la persona que la registró puede cambiarla.</translation>
    </message>
    <message>
        <source>This entry is already marked as forwarded.</source>
        <translation>Esta entrada ya está marcada como reenviada.</translation>
    </message>
    <message>
        <source>Copy forwarded to the district account</source>
        <translation>Copia reenviada a la cuenta del distrito</translation>
    </message>
    <message>
        <source>Say when you made the report.</source>
        <translation>Indique cuándo presentó la denuncia.</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Denuncia presentada</translation>
    </message>
    <message>
        <source>This entry has nothing to do.</source>
        <translation>Esta entrada no tiene nada pendiente.</translation>
    </message>
    <message>
        <source>This entry has no to-do &quot;%1&quot;; its to-dos are: %2.</source>
        <translation>Esta entrada no tiene la tarea pendiente &quot;%1&quot;; sus tareas pendientes son: %2.</translation>
    </message>
    <message>
        <source>This is already done.</source>
        <translation>Esto ya está hecho.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
</context>
<context>
    <name>clearline::contacts::ContactToDoItem</name>
    <message>
        <source>Tell the %1 about this contact</source>
        <translation>Informe a %1 de este contacto</translation>
    </message>
    <message>
        <source>Forward a copy of the message to your district account</source>
        <translation>Reenvíe una copia del mensaje a su cuenta del distrito</translation>
    </message>
    <message>
        <source>Send a copy of the message to the student&apos;s parent or guardian</source>
        <translation>Envíe una copia del mensaje al padre o tutor del estudiante</translation>
    </message>
    <message>
        <source>Write a memo about this contact</source>
        <translation>Escriba un memorando sobre este contacto</translation>
    </message>
</context>
<context>
    <name>clearline::contacts::VocabularyWords</name>
    <message>
        <source>Text from my own cell phone</source>
        <translation>Mensaje de texto desde mi propio celular</translation>
    </message>
    <message>
        <source>Call from my own cell phone</source>
        <translation>Llamada desde mi propio celular</translation>
    </message>
    <message>
        <source>My personal e-mail</source>
        <translation>Mi correo electrónico personal</translation>
    </message>
    <message>
        <source>My personal social-media account</source>
        <translation>Mi cuenta personal de redes sociales</translation>
    </message>
    <message>
        <source>A professional social-media account</source>
        <translation>Una cuenta profesional de redes sociales</translation>
    </message>
    <message>
        <source>District e-mail</source>
        <translation>Correo electrónico del distrito</translation>
    </message>
    <message>
        <source>District phone</source>
        <translation>Teléfono del distrito</translation>
    </message>
    <message>
        <source>An approved messaging tool</source>
        <translation>Una herramienta de mensajería aprobada</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>A student</source>
        <translation>Un estudiante</translation>
    </message>
    <message>
        <source>A parent or guardian</source>
        <translation>Un padre, una madre o un tutor</translation>
    </message>
    <message>
        <source>A student and a parent</source>
        <translation>Un estudiante y uno de sus padres</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>permitido</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>no permitido</translation>
    </message>
    <message>
        <source>discouraged</source>
        <translation>desaconsejado</translation>
    </message>
    <message>
        <source>begin with the parent</source>
        <translation>empezar por los padres</translation>
    </message>
    <message>
        <source>needs approval first</source>
        <translation>necesita aprobación antes</translation>
    </message>
    <message>
        <source>Only this person</source>
        <translation>Solo esta persona</translation>
    </message>
    <message>
        <source>A group, a class or a team</source>
        <translation>Un grupo, una clase o un equipo</translation>
    </message>
    <message>
        <source>The student, with a parent or guardian copied</source>
        <translation>El estudiante, con un padre o tutor en copia</translation>
    </message>
    <message>
        <source>A district device</source>
        <translation>Un dispositivo del distrito</translation>
    </message>
    <message>
        <source>My own device</source>
        <translation>Mi propio dispositivo</translation>
    </message>
    <message>
        <source>The student&apos;s own phone</source>
        <translation>El teléfono del propio estudiante</translation>
    </message>
    <message>
        <source>The family&apos;s phone</source>
        <translation>El teléfono de la familia</translation>
    </message>
</context>
<context>
    <name>clearline::core::FileAccess</name>
    <message>
        <source>ClearLine may not read %1: it belongs to another user account, or its permissions keep you out. Open your own profile, or ask your IT staff for access.</source>
        <translation>ClearLine no tiene permiso para leer %1: pertenece a otra cuenta de usuario, o sus permisos no le dejan entrar. Abra su propio perfil o pida acceso al personal de informática.</translation>
    </message>
</context>
<context>
    <name>clearline::core::Languages</name>
    <message>
        <source>English</source>
        <comment>the name of the language you translate to, in that language</comment>
        <translation>español</translation>
    </message>
</context>
<context>
    <name>clearline::core::Profile</name>
    <message>
        <source>ClearLine cannot keep its data in %1 because a file has that name. Choose another folder.</source>
        <translation>ClearLine no puede guardar sus datos en %1 porque un archivo tiene ese nombre. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>ClearLine could not create the folder %1. Check that the disk is not full and that you may write there, or choose another folder.</source>
        <translation>ClearLine no pudo crear la carpeta %1. Compruebe que el disco no esté lleno y que tenga permiso para escribir allí, o elija otra carpeta.</translation>
    </message>
    <message>
        <source>ClearLine may not write to the folder %1. Choose a folder of your own, or ask your IT staff for access.</source>
        <translation>ClearLine no tiene permiso para escribir en la carpeta %1. Elija una carpeta propia o pida acceso al personal de informática.</translation>
    </message>
</context>
<context>
    <name>clearline::core::Settings</name>
    <message>
        <source>There is no setting called &quot;%1&quot;. The settings are: %2.</source>
        <translation>No hay ningún ajuste llamado &quot;%1&quot;. Los ajustes son: %2.</translation>
    </message>
    <message>
        <source>ClearLine has no &quot;%1&quot; translation. Choose one of: %2, or leave it empty to follow the system.</source>
        <translation>ClearLine no tiene traducción &quot;%1&quot;. Elija una de estas: %2, o déjelo vacío para seguir al sistema.</translation>
    </message>
    <message>
        <source>ClearLine could not save your settings to %1. Check that the disk is not full and that you may write to that folder.</source>
        <translation>ClearLine no pudo guardar sus ajustes en %1. Compruebe que el disco no esté lleno y que tenga permiso para escribir en esa carpeta.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged, so ClearLine did not change it. Rename or remove it and try again.</source>
        <translation>El archivo de ajustes %1 está dañado, así que ClearLine no lo modificó. Cámbiele el nombre o elimínelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>There is no folder %1. Connect the shared drive, or create the folder, and try again.</source>
        <translation>No existe la carpeta %1. Conecte la unidad compartida o cree la carpeta, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Say for how many days to keep backups, as a number from 1 to %1 (the usual is %2).</source>
        <translation>Indique durante cuántos días guardar las copias de seguridad, con un número del 1 al %1 (lo habitual es %2).</translation>
    </message>
    <message>
        <source>Your district sets &quot;%1&quot; for everyone on this computer, so it cannot be changed here. Ask your district&apos;s IT staff if it should be different.</source>
        <translation>Su distrito fija «%1» para todas las personas de esta computadora, así que no se puede cambiar aquí. Pregunte al personal de informática de su distrito si debería ser distinto.</translation>
    </message>
    <message>
        <source>The paper is &quot;letter&quot; or &quot;a4&quot;, or empty for the usual paper where this computer is set up.</source>
        <translation>El papel es «letter» (carta) o «a4», o vacío para el papel habitual donde está configurada esta computadora.</translation>
    </message>
</context>
<context>
    <name>clearline::crypto::Identity</name>
    <message>
        <source>This profile already belongs to someone; ClearLine never replaces a person&apos;s key. Use another profile folder.</source>
        <translation>Este perfil ya pertenece a alguien; ClearLine nunca reemplaza la clave de una persona. Use otra carpeta de perfil.</translation>
    </message>
    <message>
        <source>A name and a district e-mail address are needed to make your identity.</source>
        <translation>Se necesitan un nombre y una dirección de correo electrónico del distrito para crear su identidad.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows.</source>
        <translation>&quot;%1&quot; no es una zona horaria que esta computadora conozca.</translation>
    </message>
    <message>
        <source>ClearLine could not save your identity in %1. Check that the disk is not full.</source>
        <translation>ClearLine no pudo guardar su identidad en %1. Compruebe que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>This profile has no identity yet. Set it up first (in the window, or with &apos;clearline init&apos;).</source>
        <translation>Este perfil todavía no tiene identidad. Configúrelo primero (en la ventana o con &apos;clearline init&apos;).</translation>
    </message>
    <message>
        <source>The identity file %1 is damaged. Restore it from a backup; ClearLine will not make a new key over it.</source>
        <translation>El archivo de identidad %1 está dañado. Restáurelo desde una copia de seguridad; ClearLine no creará una clave nueva encima de él.</translation>
    </message>
    <message>
        <source>The key ClearLine found is not the one of this profile&apos;s identity, so it will not sign with it. Restore the profile from a backup.</source>
        <translation>La clave que encontró ClearLine no es la de la identidad de este perfil, así que no firmará con ella. Restaure el perfil desde una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>clearline::crypto::KeyStore</name>
    <message>
        <source>The system key store did not take your key (%1).</source>
        <translation>El almacén de claves del sistema no aceptó su clave (%1).</translation>
    </message>
    <message>
        <source>This computer has no key store, so your key must be protected by a passphrase of at least %1 characters.</source>
        <translation>Esta computadora no tiene almacén de claves, así que su clave debe protegerse con una frase de contraseña de al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>ClearLine could not save your key to %1. Check that the disk is not full and that you may write there.</source>
        <translation>ClearLine no pudo guardar su clave en %1. Compruebe que el disco no esté lleno y que tenga permiso para escribir allí.</translation>
    </message>
    <message>
        <source>ClearLine could not read your key from the system key store (%1). Unlock your key ring and try again.</source>
        <translation>ClearLine no pudo leer su clave del almacén de claves del sistema (%1). Desbloquee su llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The file that holds your key, %1, is missing or cannot be read. Without it ClearLine cannot sign in your name; restore it from a backup.</source>
        <translation>El archivo que contiene su clave, %1, no está o no se puede leer. Sin él, ClearLine no puede firmar a su nombre; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Your key is protected by a passphrase, and none was given. On the command line, set CLEARLINE_PASSPHRASE.</source>
        <translation>Su clave está protegida por una frase de contraseña y no se indicó ninguna. En la línea de comandos, defina CLEARLINE_PASSPHRASE.</translation>
    </message>
</context>
<context>
    <name>clearline::crypto::PassphraseBox</name>
    <message>
        <source>The file that holds your key is damaged, so ClearLine cannot unlock it.</source>
        <translation>El archivo que contiene su clave está dañado, así que ClearLine no puede desbloquearla.</translation>
    </message>
    <message>
        <source>This computer does not have enough free memory to unlock your key. Close other programs and try again.</source>
        <translation>Esta computadora no tiene suficiente memoria libre para desbloquear su clave. Cierre otros programas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>That passphrase is not the one that protects your key. Check it and try again.</source>
        <translation>Esa frase de contraseña no es la que protege su clave. Revísela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The file that holds your key asks for far more work to unlock than ClearLine ever uses, so it is damaged or was not made by ClearLine. ClearLine did not try to unlock it.</source>
        <translation>El archivo que contiene su clave pide mucho más trabajo para desbloquearla del que ClearLine usa nunca, así que está dañado o no lo creó ClearLine. ClearLine no intentó desbloquearla.</translation>
    </message>
</context>
<context>
    <name>clearline::crypto::SealedFile</name>
    <message>
        <source>The file could not be locked for its readers.</source>
        <translation>No se pudo cerrar el archivo para sus lectores.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>One of the people this file is for has a key ClearLine cannot use.</source>
        <translation>Una de las personas a quienes va este archivo tiene una clave que ClearLine no puede usar.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or was changed after it was made, so nothing in it was read.</source>
        <translation>%1 está dañado o se modificó después de crearse, así que no se leyó nada de su contenido.</translation>
    </message>
    <message>
        <source>Your key cannot open locked files.</source>
        <translation>Su clave no puede abrir archivos cerrados.</translation>
    </message>
    <message>
        <source>%1 is not addressed to you.</source>
        <translation>%1 no está dirigido a usted.</translation>
    </message>
</context>
<context>
    <name>clearline::disclosures::Disclosure</name>
    <message>
        <source>Name the trip or event.</source>
        <translation>Indique el nombre de la excursión o del evento.</translation>
    </message>
    <message>
        <source>Give the trip&apos;s first and last day.</source>
        <translation>Indique el primer y el último día de la excursión.</translation>
    </message>
    <message>
        <source>The trip&apos;s last day comes before its first day.</source>
        <translation>El último día de la excursión es anterior al primero.</translation>
    </message>
    <message>
        <source>Give the phone number you will share, such as 978-555-0142.</source>
        <translation>Indique el número de teléfono que va a compartir, como 978-555-0142.</translation>
    </message>
    <message>
        <source>Say whether it is your personal cell or your home number.</source>
        <translation>Indique si es su celular personal o el número de su casa.</translation>
    </message>
    <message>
        <source>Say whom you share it with: students, parents, or both.</source>
        <translation>Indique con quién lo comparte: estudiantes, padres o ambos.</translation>
    </message>
    <message>
        <source>The number of students cannot be negative.</source>
        <translation>El número de estudiantes no puede ser negativo.</translation>
    </message>
    <message>
        <source>students</source>
        <translation>estudiantes</translation>
    </message>
    <message>
        <source>parents and guardians</source>
        <translation>padres y tutores</translation>
    </message>
    <message>
        <source>students and their parents</source>
        <translation>estudiantes y sus padres</translation>
    </message>
</context>
<context>
    <name>clearline::disclosures::DisclosureFiling</name>
    <message>
        <source>Your district&apos;s policy does not allow giving out this number (§ %1 %2).</source>
        <translation>La política de su distrito no permite dar este número (§ %1 %2).</translation>
    </message>
    <message>
        <source>Your district&apos;s policy does not allow giving out this number.</source>
        <translation>La política de su distrito no permite dar este número.</translation>
    </message>
    <message>
        <source>Instead:</source>
        <translation>En su lugar:</translation>
    </message>
    <message>
        <source>I will give the number to the parents or guardians first, and use it only for the trip&apos;s educational, informational or safety purposes.</source>
        <translation>Daré el número primero a los padres o tutores, y lo usaré solo para fines educativos, informativos o de seguridad de la excursión.</translation>
    </message>
    <message>
        <source>I will use this number only for the trip&apos;s educational, informational or safety purposes.</source>
        <translation>Usaré este número solo para fines educativos, informativos o de seguridad de la excursión.</translation>
    </message>
    <message>
        <source>Your district discourages this. Confirm first: &quot;%1&quot;</source>
        <translation>Su distrito desaconseja esto. Confirme primero: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no trip disclosure %1 in this profile.</source>
        <translation>No hay ninguna divulgación de número para excursión %1 en este perfil.</translation>
    </message>
    <message>
        <source>Only the person who gave the number can change its disclosure.</source>
        <translation>Solo la persona que dio el número puede cambiar su divulgación.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy names no request for this disclosure.</source>
        <translation>La política de su distrito no indica ninguna solicitud para esta divulgación.</translation>
    </message>
    <message>
        <source>This is not the request your district asks for with this disclosure.</source>
        <translation>Esta no es la solicitud que su distrito pide para esta divulgación.</translation>
    </message>
    <message>
        <source>You have asked already; the request is waiting for an answer.</source>
        <translation>Ya lo solicitó; la solicitud está esperando una respuesta.</translation>
    </message>
    <message>
        <source>There is no request %1 in this profile.</source>
        <translation>No hay ninguna solicitud %1 en este perfil.</translation>
    </message>
    <message>
        <source>Authorization requested</source>
        <translation>Autorización solicitada</translation>
    </message>
    <message>
        <source>Say to whom you handed the notice, such as &quot;the team&apos;s parents at the meeting&quot;.</source>
        <translation>Indique a quién entregó el aviso, como &quot;los padres del equipo en la reunión&quot;.</translation>
    </message>
    <message>
        <source>The number may not be given out yet: %1</source>
        <translation>Todavía no se puede dar el número: %1</translation>
    </message>
    <message>
        <source>Notice handed out to %1</source>
        <translation>Aviso entregado a %1</translation>
    </message>
    <message>
        <source>Say what happened: who used the number, when, and for what.</source>
        <translation>Indique qué pasó: quién usó el número, cuándo y para qué.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unauthorized use of my number: %1</source>
        <translation>Uso no autorizado de mi número: %1</translation>
    </message>
    <message>
        <source>Unauthorized use reported</source>
        <translation>Uso no autorizado informado</translation>
    </message>
    <message>
        <source>This disclosure is closed already.</source>
        <translation>Esta divulgación ya está cerrada.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
</context>
<context>
    <name>clearline::disclosures::DisclosureStatus</name>
    <message>
        <source>Ask first</source>
        <translation>Pedir permiso antes</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>No autorizada</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Número dado</translation>
    </message>
    <message>
        <source>Close today</source>
        <translation>Cerrar hoy</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Your district asks for approval before you give out this number. Ask for it now.</source>
        <translation>Su distrito pide aprobación antes de que usted dé este número. Solicítela ahora.</translation>
    </message>
    <message>
        <source>Do not give out the number yet. %1</source>
        <translation>Todavía no dé el número. %1</translation>
    </message>
    <message>
        <source>Do not give out the number. %1</source>
        <translation>No dé el número. %1</translation>
    </message>
    <message>
        <source>You may give out the number. Hand out the notice with it and record to whom.</source>
        <translation>Puede dar el número. Entregue el aviso junto con él y registre a quién.</translation>
    </message>
    <message>
        <source>The notice was handed out. Report any misuse of the number at once.</source>
        <translation>El aviso se entregó. Informe de inmediato cualquier uso indebido del número.</translation>
    </message>
    <message>
        <source>The trip ends today. Close the disclosure once it is over, noting any follow-up.</source>
        <translation>La excursión termina hoy. Cierre la divulgación cuando haya terminado, anotando cualquier seguimiento.</translation>
    </message>
    <message>
        <source>The trip is over but the disclosure is still open. Close it, noting any follow-up.</source>
        <translation>La excursión ya terminó, pero la divulgación sigue abierta. Ciérrela, anotando cualquier seguimiento.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Cerrada.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::AutoBackup</name>
    <message>
        <source>There is not enough room on the disk for today&apos;s backup of your records, so none was made. Your records and your earlier backups are unchanged. Free some space; ClearLine tries again the next time it saves.</source>
        <translation>No hay espacio suficiente en el disco para la copia de seguridad de hoy de sus registros, así que no se hizo. Sus registros y sus copias anteriores no han cambiado. Libere algo de espacio; ClearLine lo intentará de nuevo la próxima vez que guarde.</translation>
    </message>
    <message>
        <source>ClearLine could not make the folder %1 for the backups of your records. Your records are unchanged.</source>
        <translation>ClearLine no pudo crear la carpeta %1 para las copias de seguridad de sus registros. Sus registros no han cambiado.</translation>
    </message>
    <message>
        <source>Today&apos;s backup of your records could not be made. Your records and your earlier backups are unchanged. (%1)</source>
        <translation>No se pudo hacer la copia de seguridad de hoy de sus registros. Sus registros y sus copias anteriores no han cambiado. (%1)</translation>
    </message>
    <message>
        <source>Today&apos;s backup of your records did not pass its check, so it was not kept. Your earlier backups are unchanged. Run &apos;clearline ledger verify&apos; to check your records. (%1)</source>
        <translation>La copia de seguridad de hoy de sus registros no pasó su comprobación, así que no se guardó. Sus copias anteriores no han cambiado. Ejecute &apos;clearline ledger verify&apos; para comprobar sus registros. (%1)</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ayer a las %1</translation>
    </message>
    <message numerus="yes">
        <source>on %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>el %1 (hace %n día)</numerusform>
            <numerusform>el %1 (hace %n días)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::ledger::Database</name>
    <message>
        <source>There are no records in %1 yet.</source>
        <translation>Todavía no hay registros en %1.</translation>
    </message>
    <message>
        <source>These records are in format %1, and this ClearLine reads format %2. Open them once in ClearLine (not read-only) to update them.</source>
        <translation>Estos registros están en el formato %1, y esta versión de ClearLine lee el formato %2. Ábralos una vez en ClearLine (no en solo lectura) para actualizarlos.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::Ledger</name>
    <message>
        <source>This record changed since you opened it. Open it again to see the latest version, then make your correction.</source>
        <translation>Este registro cambió desde que lo abrió. Vuelva a abrirlo para ver la versión más reciente y luego haga su corrección.</translation>
    </message>
    <message>
        <source>Say why you are correcting this record; the reason is kept with the correction.</source>
        <translation>Indique por qué corrige este registro; el motivo se guarda con la corrección.</translation>
    </message>
    <message>
        <source>This record exists already; a change to it must say which version it corrects.</source>
        <translation>Este registro ya existe; un cambio en él debe indicar qué versión corrige.</translation>
    </message>
    <message>
        <source>ClearLine cannot save this record: its contents are incomplete.</source>
        <translation>ClearLine no puede guardar este registro: su contenido está incompleto.</translation>
    </message>
    <message>
        <source>ClearLine could not read the file %1.</source>
        <translation>ClearLine no pudo leer el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large to attach. Keep it in your district&apos;s document system and mention where in your memo.</source>
        <translation>%1 ocupa más de %2 MB, demasiado para adjuntarlo. Guárdelo en el sistema de documentos de su distrito e indique en su nota dónde está.</translation>
    </message>
    <message>
        <source>There is no record &quot;%1&quot;.</source>
        <translation>No hay ningún registro &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>More than one record starts with &quot;%1&quot;; give more of its id.</source>
        <translation>Más de un registro empieza por &quot;%1&quot;; indique más caracteres de su id.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name for the backup.</source>
        <translation>%1 ya existe; elija un nombre de archivo nuevo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no records.</source>
        <translation>%1 está vacío: no contiene registros.</translation>
    </message>
    <message>
        <source>%1 is not a document but a device, a pipe or a folder, so ClearLine does not attach it. Attach a file saved on disk.</source>
        <translation>%1 no es un documento sino un dispositivo, una tubería o una carpeta, así que ClearLine no lo adjunta. Adjunte un archivo guardado en el disco.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::LedgerLock</name>
    <message>
        <source>ClearLine is already open with these records (program %1, process %2). Close it first; two copies writing at once could damage them.</source>
        <translation>ClearLine ya está abierto con estos registros (programa %1, proceso %2). Ciérrelo primero; dos copias escribiendo a la vez podrían dañarlos.</translation>
    </message>
    <message>
        <source>Another ClearLine is opening these records at this moment. Try again in a few seconds.</source>
        <translation>Otro ClearLine está abriendo estos registros en este momento. Inténtelo de nuevo en unos segundos.</translation>
    </message>
    <message>
        <source>The disk is full, so ClearLine could not open your records to save. Nothing already saved was lost. Free some space and try again.</source>
        <translation>El disco está lleno, así que ClearLine no pudo abrir sus registros para guardar. No se perdió nada de lo ya guardado. Libere algo de espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>ClearLine may not write to %1. Check that the folder is not read-only, or ask your IT staff.</source>
        <translation>ClearLine no tiene permiso para escribir en %1. Compruebe que la carpeta no sea de solo lectura o consulte al personal de informática.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::LedgerRestore</name>
    <message>
        <source>The backup %1 did not pass verification (%2), so nothing was changed. Choose another backup.</source>
        <translation>La copia de seguridad %1 no superó la verificación (%2), así que no se cambió nada. Elija otra copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup %1 is not of this profile: it does not hold its key (fingerprint %2). Nothing was changed. Choose a backup of this profile.</source>
        <translation>La copia de seguridad %1 no es de este perfil: no contiene su clave (huella %2). No se cambió nada. Elija una copia de seguridad de este perfil.</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>No existe el archivo de copia de seguridad %1.</translation>
    </message>
    <message>
        <source>ClearLine could not copy the backup %1 into %2. Check that the disk is not full. Nothing was changed.</source>
        <translation>ClearLine no pudo copiar la copia de seguridad %1 en %2. Compruebe que el disco no esté lleno. No se cambió nada.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used, so nothing was changed: %2</source>
        <translation>La copia de seguridad %1 no se puede usar, así que no se cambió nada: %2</translation>
    </message>
    <message>
        <source>ClearLine could not put the backup in place of %1. Nothing was changed.</source>
        <translation>ClearLine no pudo poner la copia de seguridad en lugar de %1. No se cambió nada.</translation>
    </message>
    <message>
        <source>The records file of this profile (%1) is empty, although the profile has an identity: it was cut short, perhaps when the computer stopped while saving.</source>
        <translation>El archivo de registros de este perfil (%1) está vacío, aunque el perfil tiene una identidad: quedó cortado, quizá porque el equipo se detuvo mientras guardaba.</translation>
    </message>
    <message>
        <source>The records file of this profile (%1) is missing, although the profile has an identity: it was moved or deleted.</source>
        <translation>Falta el archivo de registros de este perfil (%1), aunque el perfil tiene una identidad: se movió o se eliminó.</translation>
    </message>
    <message>
        <source>ClearLine will not start a new, empty one in its place. Restore your latest backup: %1</source>
        <translation>ClearLine no creará uno nuevo y vacío en su lugar. Restaure su copia de seguridad más reciente: %1</translation>
    </message>
    <message>
        <source>The records file of this profile (%1) is damaged: part of it can no longer be read, so ClearLine will not answer as if it were whole. ClearLine has not changed it. Restore your latest backup: %2</source>
        <translation>El archivo de registros de este perfil (%1) está dañado: una parte ya no se puede leer, así que ClearLine no responderá como si estuviera completo. ClearLine no lo ha modificado. Restaure su copia de seguridad más reciente: %2</translation>
    </message>
    <message>
        <source>Your records file (%1) is damaged: part of it can no longer be read, so what ClearLine shows may be incomplete. Do not take a short or empty list as the truth. ClearLine has not changed the file.</source>
        <translation>El archivo de sus registros (%1) está dañado: parte de él ya no se puede leer, así que lo que muestra ClearLine puede estar incompleto. No tome una lista corta o vacía como la verdad. ClearLine no ha cambiado el archivo.</translation>
    </message>
    <message>
        <source>There is no automatic backup of it yet. Ask your IT staff to restore a copy of your records (%1).</source>
        <translation>Todavía no hay ninguna copia de seguridad automática. Pida a su personal de informática que restaure una copia de sus registros (%1).</translation>
    </message>
    <message>
        <source>Restore your latest good backup, made %1: close ClearLine and run %2</source>
        <translation>Restaure su última copia de seguridad en buen estado, hecha %1: cierre ClearLine y ejecute %2</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::Memo</name>
    <message>
        <source>Give the memo a title, for example &quot;Call with a parent about the field trip&quot;.</source>
        <translation>Póngale un título a la nota, por ejemplo &quot;Llamada con un padre de familia sobre la excursión&quot;.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters; put the details in the text.</source>
        <translation>El título tiene más de %1 caracteres; ponga los detalles en el texto.</translation>
    </message>
    <message>
        <source>Write what happened in the memo&apos;s text.</source>
        <translation>Escriba en el texto de la nota qué pasó.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::Migrations</name>
    <message>
        <source>Your records were saved by a newer version of ClearLine (format %1; this one knows up to %2). Update ClearLine to open them; nothing was changed.</source>
        <translation>Sus registros se guardaron con una versión más reciente de ClearLine (formato %1; esta conoce hasta el %2). Actualice ClearLine para abrirlos; no se cambió nada.</translation>
    </message>
    <message>
        <source>ClearLine could not copy your records aside before updating their format, so it left them as they were. %1</source>
        <translation>ClearLine no pudo hacer una copia aparte de sus registros antes de actualizar su formato, así que los dejó como estaban. %1</translation>
    </message>
    <message>
        <source>Updating the format of your records failed at step %1, so nothing was changed. %2</source>
        <translation>La actualización del formato de sus registros falló en el paso %1, así que no se cambió nada. %2</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::RecordCheck</name>
    <message>
        <source>its revisions could not be read (%1)</source>
        <translation>no se pudieron leer sus versiones (%1)</translation>
    </message>
    <message>
        <source>revision %1 was changed after it was signed</source>
        <translation>la versión %1 se modificó después de firmarse</translation>
    </message>
    <message>
        <source>revision %1 has a signature that is not valid</source>
        <translation>la versión %1 tiene una firma que no es válida</translation>
    </message>
    <message>
        <source>revision %1 is signed by a key this ledger does not know (fingerprint %2)</source>
        <translation>la versión %1 está firmada con una clave que este libro de registros no conoce (huella digital %2)</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::SqlError</name>
    <message>
        <source>The disk is full, so ClearLine could not save. Nothing already saved was lost. Free some space and try again.</source>
        <translation>El disco está lleno, así que ClearLine no pudo guardar. No se perdió nada de lo ya guardado. Libere algo de espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>ClearLine may only read %1, so it could not save. Nothing already saved was lost. Check that the folder is not read-only, or ask your IT staff.</source>
        <translation>ClearLine solo tiene permiso para leer %1, así que no pudo guardar. No se perdió nada de lo ya guardado. Compruebe que la carpeta no sea de solo lectura o consulte al personal de informática.</translation>
    </message>
    <message>
        <source>Another program is using your records (%1) right now, so ClearLine could not save. Nothing already saved was lost. Try again in a moment.</source>
        <translation>Otro programa está usando sus registros (%1) en este momento, así que ClearLine no pudo guardar. No se perdió nada de lo ya guardado. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>ClearLine could not open %1. Check that the folder exists and that you may write there.</source>
        <translation>ClearLine no pudo abrir %1. Compruebe que la carpeta exista y que tenga permiso para escribir allí.</translation>
    </message>
    <message>
        <source>ClearLine could not read or save your records in %1. Nothing already saved was lost.</source>
        <translation>ClearLine no pudo leer ni guardar sus registros en %1. No se perdió nada de lo ya guardado.</translation>
    </message>
    <message>
        <source>The file that holds your records (%1) is damaged. ClearLine has not changed it. Keep a copy of it and restore your latest backup: clearline ledger restore --from BACKUP</source>
        <translation>El archivo que contiene sus registros (%1) está dañado. ClearLine no lo ha modificado. Guarde una copia de él y restaure su copia de seguridad más reciente: clearline ledger restore --from BACKUP</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::StorageCheck</name>
    <message>
        <source>%1 is inside a folder that a cloud sync program (%2) copies while ClearLine writes, which can damage your records. Keep your ClearLine profile in a local folder; to share records, use sync bundles.</source>
        <translation>%1 está dentro de una carpeta que un programa de sincronización en la nube (%2) copia mientras ClearLine escribe, lo que puede dañar sus registros. Guarde su perfil de ClearLine en una carpeta local; para compartir registros, use lotes de sincronización.</translation>
    </message>
    <message>
        <source>%1 is on a network drive (%2). Records kept there can be damaged when the network hiccups. Keep your ClearLine profile on this computer&apos;s own disk; to share records, use sync bundles.</source>
        <translation>%1 está en una unidad de red (%2). Los registros guardados allí pueden dañarse cuando la red falla por un momento. Guarde su perfil de ClearLine en el disco de esta computadora; para compartir registros, use lotes de sincronización.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::SyncStore</name>
    <message>
        <source>Revision %1 could not take the place of the part withheld from this profile.</source>
        <translation>La revisión %1 no pudo ocupar el lugar de la parte que se retuvo para este perfil.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::Verifier</name>
    <message>
        <source>the %1 table differs from the revisions for record %2; run &apos;clearline ledger rebuild&apos; to make it again</source>
        <translation>la tabla %1 no coincide con las versiones del registro %2; ejecute &apos;clearline ledger rebuild&apos; para volver a crearla</translation>
    </message>
    <message>
        <source>its content was changed after it was signed: it no longer matches its hash</source>
        <translation>su contenido se modificó después de firmarse: ya no coincide con su hash</translation>
    </message>
    <message>
        <source>its signature is not valid for the key it names</source>
        <translation>su firma no es válida para la clave que indica</translation>
    </message>
    <message>
        <source>it is signed by a key this ledger does not know (fingerprint %1)</source>
        <translation>está firmada con una clave que este libro de registros no conoce (huella digital %1)</translation>
    </message>
    <message>
        <source>it names a previous revision of its author that is not in the ledger (one is missing)</source>
        <translation>indica una versión anterior de su autor que no está en el libro de registros (falta una)</translation>
    </message>
    <message>
        <source>its link to the author&apos;s previous revision is broken (a revision is missing, added or out of order)</source>
        <translation>su enlace con la versión anterior del autor está roto (falta una versión, se añadió una o están fuera de orden)</translation>
    </message>
    <message>
        <source>it replaces revision %1, which is not in the ledger</source>
        <translation>reemplaza la versión %1, que no está en el libro de registros</translation>
    </message>
    <message>
        <source>its attachment &quot;%1&quot; is missing or was changed</source>
        <translation>su archivo adjunto &quot;%1&quot; falta o fue modificado</translation>
    </message>
    <message>
        <source>the file is damaged: parts of it can no longer be read as they were written</source>
        <translation>el archivo está dañado: partes de él ya no se pueden leer tal como se escribieron</translation>
    </message>
</context>
<context>
    <name>clearline::notices::NoticeFiling</name>
    <message>
        <source>There is no request of yours with this number.</source>
        <translation>No hay ninguna solicitud suya con este número.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy names no such notice for this request.</source>
        <translation>La política de su distrito no nombra ese aviso para esta solicitud.</translation>
    </message>
    <message>
        <source>The request is not approved yet: hand out its notice once it is.</source>
        <translation>La solicitud aún no está aprobada: entregue su aviso cuando lo esté.</translation>
    </message>
    <message>
        <source>Say to whom you handed the notice, such as &quot;the parents of Room 12&quot;.</source>
        <translation>Diga a quién entregó el aviso, por ejemplo &quot;los padres del aula 12&quot;.</translation>
    </message>
</context>
<context>
    <name>clearline::policy::ActivePack</name>
    <message>
        <source>This profile has no district yet. Your district&apos;s IT staff can set it with: clearline settings set district &lt;pack&gt;</source>
        <translation>Este perfil todavía no tiene distrito. El personal de informática de su distrito puede elegirlo con: clearline settings set district &lt;pack&gt;</translation>
    </message>
    <message>
        <source>The district policy %1 is %2, so ClearLine does not use it. Ask your district&apos;s IT staff for the signed pack.</source>
        <translation>ClearLine no usa la política del distrito %1 (%2). Pida el paquete firmado al personal de informática de su distrito.</translation>
    </message>
    <message>
        <source>The district policy %1 could not be read, so it is not used:
%2</source>
        <translation>No se pudo leer la política del distrito %1, así que no se usa:
%2</translation>
    </message>
</context>
<context>
    <name>clearline::policy::PackChecks</name>
    <message>
        <source>the %1 id &quot;%2&quot; is used twice</source>
        <translation>el id de %1 &quot;%2&quot; se usa dos veces</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not defined in this pack</source>
        <translation>%1 &quot;%2&quot; no existe en este paquete</translation>
    </message>
    <message>
        <source>the text has no &quot;%1&quot; version; the district&apos;s languages are %2</source>
        <translation>el texto no tiene versión &quot;%1&quot;; los idiomas del distrito son %2</translation>
    </message>
    <message>
        <source>the %1 text uses the unknown placeholder {{%2}}; known ones are: %3</source>
        <translation>el texto en %1 usa el marcador desconocido {{%2}}; los conocidos son: %3</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>el cargo</translation>
    </message>
    <message>
        <source>the clause</source>
        <translation>la cláusula</translation>
    </message>
    <message>
        <source>the deadline names the field &quot;%1&quot;, which procedure &quot;%2&quot; does not have</source>
        <translation>el plazo menciona el campo &quot;%1&quot;, que el trámite &quot;%2&quot; no tiene</translation>
    </message>
    <message>
        <source>the deadline names the field &quot;%1&quot;, which is not a date field</source>
        <translation>el plazo menciona el campo &quot;%1&quot;, que no es un campo de fecha</translation>
    </message>
    <message>
        <source>the &quot;then&quot; chain loops: %1</source>
        <translation>la cadena de &quot;then&quot; forma un ciclo: %1</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>cláusula</translation>
    </message>
    <message>
        <source>role</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>school</source>
        <translation>escuela</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>trámite</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>alternativa</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>regla</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>documentación</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plataforma</translation>
    </message>
    <message>
        <source>duty</source>
        <translation>obligación</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>declaración</translation>
    </message>
    <message>
        <source>the procedure</source>
        <translation>el trámite</translation>
    </message>
    <message>
        <source>district.timezone &quot;%1&quot; is not a time zone; use an IANA name like America/New_York</source>
        <translation>district.timezone &quot;%1&quot; no es una zona horaria; use un nombre IANA como America/New_York</translation>
    </message>
    <message>
        <source>district.official_text names %1, which is not beside the pack</source>
        <translation>district.official_text indica %1, que no está en la misma carpeta que el paquete</translation>
    </message>
    <message>
        <source>the school</source>
        <translation>la escuela</translation>
    </message>
    <message>
        <source>the alternative</source>
        <translation>la alternativa</translation>
    </message>
    <message>
        <source>field</source>
        <translation>campo</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>elemento de la lista de verificación</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>the notice</source>
        <translation>el aviso</translation>
    </message>
    <message>
        <source>&quot;registers&quot; names the field &quot;%1&quot;, which procedure &quot;%2&quot; does not have</source>
        <translation>&quot;registers&quot; menciona el campo &quot;%1&quot;, que el trámite &quot;%2&quot; no tiene</translation>
    </message>
    <message>
        <source>&quot;covers&quot; gives the channels &quot;%1&quot;, which is neither a channel nor a choice field of procedure &quot;%2&quot;</source>
        <translation>&quot;covers&quot; da los canales &quot;%1&quot;, que no es un canal ni un campo de opciones del procedimiento &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;covers&quot; takes the channel from the field &quot;%1&quot;, whose choice &quot;%2&quot; is not a channel</source>
        <translation>&quot;covers&quot; toma el canal del campo &quot;%1&quot;, cuya opción &quot;%2&quot; no es un canal</translation>
    </message>
    <message>
        <source>&quot;covers&quot; gives the audience &quot;%1&quot;, which is neither %2 nor a field of procedure &quot;%3&quot;</source>
        <translation>&quot;covers&quot; da el público &quot;%1&quot;, que no es %2 ni un campo del procedimiento &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;covers&quot; takes the audience from the field &quot;%1&quot;, which is not a choice field</source>
        <translation>&quot;covers&quot; toma el público del campo &quot;%1&quot;, que no es un campo de opciones</translation>
    </message>
    <message>
        <source>&quot;covers&quot; takes the audience from the field &quot;%1&quot;, whose choice &quot;%2&quot; is not one of %3</source>
        <translation>&quot;covers&quot; toma el público del campo &quot;%1&quot;, cuya opción &quot;%2&quot; no es una de %3</translation>
    </message>
    <message>
        <source>&quot;covers&quot; names the field &quot;%1&quot;, which procedure &quot;%2&quot; does not have</source>
        <translation>&quot;covers&quot; nombra el campo &quot;%1&quot;, que el procedimiento &quot;%2&quot; no tiene</translation>
    </message>
    <message>
        <source>&quot;covers&quot; names the field &quot;%1&quot;, which is not a date field</source>
        <translation>&quot;covers&quot; nombra el campo &quot;%1&quot;, que no es un campo de fecha</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; asks for a district address, but district.mail_domains lists none</source>
        <translation>el campo &quot;%1&quot; pide una dirección del distrito, pero district.mail_domains no nombra ninguna</translation>
    </message>
    <message>
        <source>the list of approved platforms is empty: say what that means with when_empty: kept-elsewhere (the list is published outside ClearLine) or when_empty: none-approved</source>
        <translation>la lista de plataformas aprobadas está vacía: diga qué significa con when_empty: kept-elsewhere (la lista se publica fuera de ClearLine) o when_empty: none-approved</translation>
    </message>
    <message>
        <source>a list renewed each school year says which year it is for (renewed_for: a school-year id of the calendar)</source>
        <translation>una lista que se renueva cada año escolar dice para qué año es (renewed_for: el id de un año escolar del calendario)</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; refuses a flagged answer, so it needs the clause that forbids it (clause: ID)</source>
        <translation>el campo &quot;%1&quot; rechaza una respuesta señalada, así que necesita la cláusula que la prohíbe (clause: ID)</translation>
    </message>
    <message>
        <source>when_flagged names the role &quot;%1&quot;, which is not on the route of procedure &quot;%2&quot;</source>
        <translation>when_flagged nombra el rol &quot;%1&quot;, que no está en la ruta del procedimiento &quot;%2&quot;</translation>
    </message>
    <message>
        <source>when_flagged names the role &quot;%1&quot;, but its step on the route of procedure &quot;%2&quot; is not a notify step</source>
        <translation>when_flagged nombra el rol &quot;%1&quot;, pero su paso en la ruta del procedimiento &quot;%2&quot; no es un paso notify</translation>
    </message>
    <message>
        <source>renewed_for: %1 is not a school year of the calendar</source>
        <translation>renewed_for: %1 no es un año escolar del calendario</translation>
    </message>
    <message>
        <source>the documentation entry &quot;%1&quot; counts from the end of the school year, but calendar.years lists no school year</source>
        <translation>la entrada de documentación &quot;%1&quot; cuenta desde el final del año escolar, pero calendar.years no incluye ningún año escolar</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; applies when %2, but no purpose counts as %2, so it can never apply; add the purpose under &quot;purposes&quot; with counts_as: [%2]</source>
        <translation>la regla &quot;%1&quot; se aplica cuando %2, pero ningún propósito cuenta como %2, así que nunca puede aplicarse; añada el propósito en &quot;purposes&quot; con counts_as: [%2]</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; applies when %2 all hold, but a contact is only one of them, so it can never apply</source>
        <translation>la regla &quot;%1&quot; se aplica cuando se cumplen todas estas: %2, pero un contacto es solo una de ellas, así que nunca puede aplicarse</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; asks whose phone it reached, but none of its channels is a call or a text (%2)</source>
        <translation>la regla &quot;%1&quot; pregunta a qué teléfono llegó, pero ninguno de sus canales es una llamada o un mensaje de texto (%2)</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; applies when %2, but the pack has no role &quot;%3&quot;</source>
        <translation>la regla &quot;%1&quot; se aplica cuando %2, pero el paquete no tiene el cargo &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; is about parents but applies when parent-copied, which only a message to a student can be; write audience: students</source>
        <translation>la regla &quot;%1&quot; trata de los padres pero se aplica cuando parent-copied, que solo puede ser un mensaje a un estudiante; escriba audience: students</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>propósito</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; has two to-dos with the id &quot;%2&quot;</source>
        <translation>la regla &quot;%1&quot; tiene dos tareas pendientes con el id &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the to-do &quot;%1&quot; counts school days, but calendar.school_days names none</source>
        <translation>la tarea pendiente &quot;%1&quot; cuenta días de clase, pero calendar.school_days no nombra ninguno</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; never decides a contact: &quot;%2&quot; has the same conditions, covers the same channels and audience, and decides first (%3)</source>
        <translation>la regla &quot;%1&quot; nunca decide un contacto: &quot;%2&quot; tiene las mismas condiciones, cubre los mismos canales y destinatarios, y decide antes (%3)</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; applies when %2, but &quot;family&quot; has no &quot;%3&quot;</source>
        <translation>la regla &quot;%1&quot; se aplica cuando %2, pero &quot;family&quot; no tiene &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; applies when own-child, but no family tie counts as own-child, so it can never apply</source>
        <translation>la regla &quot;%1&quot; se aplica cuando own-child, pero ningún vínculo familiar cuenta como own-child, así que nunca puede aplicarse</translation>
    </message>
    <message>
        <source>family tie</source>
        <translation>vínculo familiar</translation>
    </message>
</context>
<context>
    <name>clearline::policy::PackHolders</name>
    <message>
        <source>The pack has no roles: section to add %1 to.</source>
        <translation>El paquete no tiene una sección roles: a la que añadir %1.</translation>
    </message>
    <message>
        <source>ClearLine could not find the role %1 written as &quot;- id: %1&quot; under roles: in the pack. Add the holder by hand (policies/README.md, roles).</source>
        <translation>ClearLine no encontró el cargo %1 escrito como &quot;- id: %1&quot; bajo roles: en el paquete. Añada la persona a mano (policies/README.md, roles).</translation>
    </message>
    <message>
        <source>The holders of %1 are written on one line ([…]); write them one per line (policies/README.md, roles) and try again.</source>
        <translation>Las personas de %1 están escritas en una sola línea ([…]); escriba una por línea (policies/README.md, roles) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The pack lists no role holders.</source>
        <translation>El paquete no incluye a nadie en ningún cargo.</translation>
    </message>
    <message>
        <source>The pack lists no current holder with the key %1.</source>
        <translation>El paquete no incluye a nadie que ocupe hoy un cargo con la clave %1.</translation>
    </message>
    <message>
        <source>The pack has no district: section, written as a block, for its version.</source>
        <translation>El paquete no tiene una sección district:, escrita como bloque, para su versión.</translation>
    </message>
    <message>
        <source>The pack&apos;s district: section is empty.</source>
        <translation>La sección district: del paquete está vacía.</translation>
    </message>
</context>
<context>
    <name>clearline::policy::PackLoader</name>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>no se puede leer el archivo (%1)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; a pack is a few hundred lines</source>
        <translation>el archivo ocupa más de %1 MB; un paquete tiene unos cientos de líneas</translation>
    </message>
    <message>
        <source>this is not valid YAML: %1</source>
        <translation>esto no es YAML válido: %1</translation>
    </message>
    <message>
        <source>unexpected structure: %1</source>
        <translation>estructura inesperada: %1</translation>
    </message>
</context>
<context>
    <name>clearline::policy::PackReader</name>
    <message>
        <source>the pack</source>
        <translation>el paquete</translation>
    </message>
    <message>
        <source>this ClearLine reads pack format %1; this pack says %2</source>
        <translation>esta versión de ClearLine lee el formato de paquete %1; este paquete indica %2</translation>
    </message>
    <message>
        <source>district</source>
        <translation>la sección district</translation>
    </message>
    <message>
        <source>the first language must be en (English)</source>
        <translation>el primer idioma debe ser en (inglés)</translation>
    </message>
    <message>
        <source>a school</source>
        <translation>una escuela</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>la sección calendar</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>la sección hours</translation>
    </message>
    <message>
        <source>school hours must end after they start</source>
        <translation>el horario escolar debe terminar después de comenzar</translation>
    </message>
    <message>
        <source>a school year</source>
        <translation>un año escolar</translation>
    </message>
    <message>
        <source>a school year must end after it starts</source>
        <translation>un año escolar debe terminar después de comenzar</translation>
    </message>
    <message>
        <source>a holiday</source>
        <translation>un día festivo</translation>
    </message>
    <message>
        <source>a holiday needs a date, or from and to</source>
        <translation>un día festivo necesita date, o from y to</translation>
    </message>
    <message>
        <source>a role</source>
        <translation>un cargo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ClearLine&apos;s own role for every staff member; do not define it</source>
        <translation>&quot;%1&quot; es el cargo propio de ClearLine para todos los miembros del personal; no lo defina</translation>
    </message>
    <message>
        <source>a role holder</source>
        <translation>una persona que ocupa un cargo</translation>
    </message>
    <message>
        <source>a key must be a ClearLine public key (32 bytes in base64)</source>
        <translation>una clave debe ser una clave pública de ClearLine (32 bytes en base64)</translation>
    </message>
    <message>
        <source>a clause</source>
        <translation>una cláusula</translation>
    </message>
    <message>
        <source>a rule</source>
        <translation>una regla</translation>
    </message>
    <message>
        <source>a needs-authorization rule must name the procedure that asks for it</source>
        <translation>una regla needs-authorization debe indicar el trámite con el que se solicita la autorización</translation>
    </message>
    <message>
        <source>an alternative</source>
        <translation>una alternativa</translation>
    </message>
    <message>
        <source>a documentation entry</source>
        <translation>una entrada de documentación</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write 7y, 6m or permanent</source>
        <translation>&quot;%1&quot; no es un período; escriba 7y, 6m o permanent</translation>
    </message>
    <message>
        <source>platforms</source>
        <translation>la sección platforms</translation>
    </message>
    <message>
        <source>an approved platform</source>
        <translation>una plataforma aprobada</translation>
    </message>
    <message>
        <source>a duty</source>
        <translation>una obligación</translation>
    </message>
    <message>
        <source>a statement</source>
        <translation>una declaración</translation>
    </message>
    <message>
        <source>a notice</source>
        <translation>un aviso</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>un campo</translation>
    </message>
    <message>
        <source>a field of type choice needs its choices (choices: [a, b, …])</source>
        <translation>un campo de tipo choice necesita sus opciones (choices: [a, b, …])</translation>
    </message>
    <message>
        <source>only a field of type choice has choices</source>
        <translation>solo un campo de tipo choice puede tener choices</translation>
    </message>
    <message>
        <source>a route step</source>
        <translation>un paso de la ruta</translation>
    </message>
    <message>
        <source>a deadline</source>
        <translation>un plazo</translation>
    </message>
    <message>
        <source>a deadline has exactly one of before, days or note</source>
        <translation>un plazo tiene exactamente uno de before, days o note</translation>
    </message>
    <message>
        <source>a group of steps</source>
        <translation>un grupo de pasos</translation>
    </message>
    <message>
        <source>a procedure</source>
        <translation>un trámite</translation>
    </message>
    <message>
        <source>a checklist item</source>
        <translation>un elemento de la lista de verificación</translation>
    </message>
    <message>
        <source>a follow-up</source>
        <translation>un seguimiento</translation>
    </message>
    <message>
        <source>registers</source>
        <translation>la sección registers</translation>
    </message>
    <message>
        <source>only a field of type number can flag answers below a value</source>
        <translation>solo un campo de tipo number puede señalar respuestas por debajo de un valor</translation>
    </message>
    <message>
        <source>off_hours_exception is only for a rule whose &quot;when&quot; includes off-hours</source>
        <translation>off_hours_exception es solo para una regla cuyo &quot;when&quot; incluye off-hours</translation>
    </message>
    <message>
        <source>covers</source>
        <translation>covers</translation>
    </message>
    <message>
        <source>then</source>
        <translation>then</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail domain such as example.org</source>
        <translation>&quot;%1&quot; no es un dominio de correo como example.org</translation>
    </message>
    <message>
        <source>only a field of type email can ask for a district address</source>
        <translation>solo un campo de tipo email puede pedir una dirección del distrito</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record; use one of: %2</source>
        <translation>«%1» no es un tipo de registro; use uno de: %2</translation>
    </message>
    <message>
        <source>retain needs records: the kinds of record kept this long (contact, memo, request, … or all)</source>
        <translation>retain necesita records: los tipos de registro que se conservan ese tiempo (contact, memo, request, … o all)</translation>
    </message>
    <message>
        <source>when_flagged needs flag_below: it says what an answer under that value does</source>
        <translation>when_flagged necesita flag_below: dice qué hace una respuesta por debajo de ese valor</translation>
    </message>
    <message>
        <source>write when_flagged as a map, for example { action: %1 }</source>
        <translation>escriba when_flagged como un mapa, por ejemplo { action: %1 }</translation>
    </message>
    <message>
        <source>when_flagged with action approve names the role whose notify step becomes an approval (role: ROLE)</source>
        <translation>when_flagged con action approve nombra el rol cuyo paso notify pasa a ser una aprobación (role: ROLE)</translation>
    </message>
    <message>
        <source>only when_flagged with action approve names a role</source>
        <translation>solo when_flagged con action approve nombra un rol</translation>
    </message>
    <message>
        <source>retain_from needs a retain period such as 7y to count from</source>
        <translation>retain_from necesita un periodo retain, como 7y, desde el que contar</translation>
    </message>
    <message>
        <source>only a field of type platform names the use its platform is approved for</source>
        <translation>solo un campo de tipo platform nombra el uso para el que su plataforma está aprobada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of grades; write it like K-5, 6-8 or 9-12</source>
        <translation>&quot;%1&quot; no es un rango de grados; escríbalo como K-5, 6-8 o 9-12</translation>
    </message>
    <message>
        <source>until must be a UTC time such as 2026-12-07T14:05:00Z</source>
        <translation>until debe ser una hora UTC como 2026-12-07T14:05:00Z</translation>
    </message>
    <message>
        <source>choice_labels must map each choice to its words, like personal-cell: My own cell phone</source>
        <translation>choice_labels debe dar a cada opción sus palabras, como personal-cell: Mi propio celular</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this field&apos;s choices</source>
        <translation>&quot;%1&quot; no es una de las opciones de este campo</translation>
    </message>
    <message>
        <source>a to-do</source>
        <translation>una tarea pendiente</translation>
    </message>
    <message>
        <source>a notify to-do must name the role to tell</source>
        <translation>una tarea pendiente de tipo notify debe nombrar el cargo al que avisar</translation>
    </message>
    <message>
        <source>only a notify to-do names a role</source>
        <translation>solo una tarea pendiente de tipo notify nombra un cargo</translation>
    </message>
    <message>
        <source>unless_copied is only for a notify to-do</source>
        <translation>unless_copied es solo para una tarea pendiente de tipo notify</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write it like 48 hours, 2 days or 10 school days</source>
        <translation>&quot;%1&quot; no es un plazo; escríbalo como 48 hours, 2 days o 10 school days</translation>
    </message>
    <message>
        <source>a purpose</source>
        <translation>un propósito</translation>
    </message>
    <message>
        <source>a purpose counts as one of: %1; &quot;%2&quot; is not one of them</source>
        <translation>un propósito cuenta como uno de: %1; &quot;%2&quot; no es uno de ellos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid condition; use one of: %2, grades:4-12, copied:ROLE or family:ID</source>
        <translation>&quot;%1&quot; no es una condición válida; use una de: %2, grades:4-12, copied:ROLE o family:ID</translation>
    </message>
    <message>
        <source>a family tie</source>
        <translation>un vínculo familiar</translation>
    </message>
</context>
<context>
    <name>clearline::policy::PackSignature</name>
    <message>
        <source>shipped with ClearLine</source>
        <translation>incluido con ClearLine</translation>
    </message>
    <message>
        <source>not signed (a draft: it loads only in authoring mode)</source>
        <translation>sin firmar (un borrador: solo se carga en el modo de autoría)</translation>
    </message>
    <message>
        <source>the signature file is damaged</source>
        <translation>el archivo de firma está dañado</translation>
    </message>
    <message>
        <source>the signature does not match the pack: it was changed after it was signed</source>
        <translation>la firma no coincide con el paquete: se modificó después de firmarse</translation>
    </message>
    <message>
        <source>signed by the key %1</source>
        <translation>firmado con la clave %1</translation>
    </message>
    <message>
        <source>ClearLine could not read %1.</source>
        <translation>ClearLine no pudo leer %1.</translation>
    </message>
    <message>
        <source>ClearLine could not write %1.</source>
        <translation>ClearLine no pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>clearline::policy::PolicyHtml</name>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Ask first</source>
        <translation>Pedir permiso antes</translation>
    </message>
    <message>
        <source>Discouraged</source>
        <translation>Desaconsejado</translation>
    </message>
    <message>
        <source>Contact the parent first</source>
        <translation>Contactar primero a los padres</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <source>calls from your own cell phone</source>
        <translation>llamadas desde su propio celular</translation>
    </message>
    <message>
        <source>texts from your own cell phone</source>
        <translation>mensajes de texto desde su propio celular</translation>
    </message>
    <message>
        <source>your personal e-mail</source>
        <translation>su correo electrónico personal</translation>
    </message>
    <message>
        <source>your personal social-media accounts</source>
        <translation>sus cuentas personales de redes sociales</translation>
    </message>
    <message>
        <source>a professional social-media account</source>
        <translation>una cuenta profesional de redes sociales</translation>
    </message>
    <message>
        <source>district e-mail</source>
        <translation>el correo electrónico del distrito</translation>
    </message>
    <message>
        <source>a district phone</source>
        <translation>un teléfono del distrito</translation>
    </message>
    <message>
        <source>an approved tool</source>
        <translation>una herramienta aprobada</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>with students</source>
        <translation>con estudiantes</translation>
    </message>
    <message>
        <source>with parents</source>
        <translation>con padres</translation>
    </message>
    <message>
        <source>with students and parents</source>
        <translation>con estudiantes y padres</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitar</translation>
    </message>
    <message>
        <source>Each section is summarized in plain words. The district&apos;s official text is what counts.</source>
        <translation>Cada sección se resume en palabras sencillas. Lo que vale es el texto oficial del distrito.</translation>
    </message>
    <message>
        <source>The district&apos;s official text</source>
        <translation>Texto oficial del distrito</translation>
    </message>
    <message>
        <source>[your name]</source>
        <translation>[su nombre]</translation>
    </message>
    <message>
        <source>Say it</source>
        <translation>Dígalo</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Cuándo: %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>in grades %1</source>
        <translation>en los grados %1</translation>
    </message>
    <message>
        <source>with the %1 copied</source>
        <translation>con %1 en copia</translation>
    </message>
    <message>
        <source>outside school hours</source>
        <translation>fuera del horario escolar</translation>
    </message>
    <message>
        <source>for a school-sponsored trip</source>
        <translation>para una excursión organizada por la escuela</translation>
    </message>
    <message>
        <source>with your own child</source>
        <translation>con su propio hijo o hija</translation>
    </message>
    <message>
        <source>to one person alone</source>
        <translation>a una sola persona</translation>
    </message>
    <message>
        <source>to a group, a class or a team</source>
        <translation>a un grupo, una clase o un equipo</translation>
    </message>
    <message>
        <source>with a parent or guardian copied</source>
        <translation>con un padre o tutor en copia</translation>
    </message>
    <message>
        <source>from a district device</source>
        <translation>desde un dispositivo del distrito</translation>
    </message>
    <message>
        <source>from your own device</source>
        <translation>desde su propio dispositivo</translation>
    </message>
    <message>
        <source>to the student&apos;s own phone</source>
        <translation>al teléfono del propio estudiante</translation>
    </message>
    <message>
        <source>to the family&apos;s phone</source>
        <translation>al teléfono de la familia</translation>
    </message>
    <message>
        <source>within %1 hours</source>
        <translation>en un plazo de %1 horas</translation>
    </message>
    <message>
        <source>within %1 days</source>
        <translation>en un plazo de %1 días</translation>
    </message>
    <message>
        <source>within %1 school days</source>
        <translation>en un plazo de %1 días de clase</translation>
    </message>
    <message>
        <source>tell the %1</source>
        <translation>informe a %1</translation>
    </message>
    <message>
        <source>%1 (unless you copied them)</source>
        <translation>%1 (salvo que lo haya puesto en copia)</translation>
    </message>
    <message>
        <source>forward a copy to your district account</source>
        <translation>reenvíe una copia a su cuenta del distrito</translation>
    </message>
    <message>
        <source>send a copy to the parent or guardian</source>
        <translation>envíe una copia al padre o tutor</translation>
    </message>
    <message>
        <source>write a memo</source>
        <translation>escriba un memorando</translation>
    </message>
    <message>
        <source>; then: %1</source>
        <translation>; después: %1</translation>
    </message>
    <message>
        <source>when the student is %1</source>
        <translation>cuando el estudiante es %1</translation>
    </message>
</context>
<context>
    <name>clearline::policy::SchoolTime</name>
    <message>
        <source>the district&apos;s pack gives no school hours</source>
        <translation>el paquete del distrito no indica el horario escolar</translation>
    </message>
    <message>
        <source>outside the school year</source>
        <translation>fuera del año escolar</translation>
    </message>
    <message>
        <source>a holiday (%1)</source>
        <translation>un día festivo (%1)</translation>
    </message>
    <message>
        <source>not a school day</source>
        <translation>no es día de clases</translation>
    </message>
    <message>
        <source>before school hours</source>
        <translation>antes del horario escolar</translation>
    </message>
    <message>
        <source>after school hours</source>
        <translation>después del horario escolar</translation>
    </message>
    <message>
        <source>during school hours</source>
        <translation>durante el horario escolar</translation>
    </message>
</context>
<context>
    <name>clearline::policy::YamlReader</name>
    <message>
        <source>%1 must be a map of keys and values</source>
        <translation>%1 debe ser un mapa de claves y valores</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2 (known keys: %3)</source>
        <translation>clave desconocida &quot;%1&quot; en %2 (claves conocidas: %3)</translation>
    </message>
    <message>
        <source>%1 is missing the required key &quot;%2&quot;</source>
        <translation>%1 no tiene la clave obligatoria &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list (items starting with &quot;- &quot;)</source>
        <translation>&quot;%1&quot; debe ser una lista (elementos que empiezan con &quot;- &quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single value, not a list or map</source>
        <translation>&quot;%1&quot; debe ser un solo valor, no una lista ni un mapa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; no debe estar vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use lower-case letters, digits, dashes and underscores</source>
        <translation>&quot;%1&quot; no es un id válido: use letras minúsculas, dígitos, guiones y guiones bajos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use lower-case letters, digits and dashes</source>
        <translation>&quot;%1&quot; no es un id válido: use letras minúsculas, dígitos y guiones</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2; use one of: %3</source>
        <translation>&quot;%1&quot; no es un valor válido para %2; use uno de estos: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a value or a list of values</source>
        <translation>&quot;%1&quot; debe ser un valor o una lista de valores</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not &quot;%2&quot;</source>
        <translation>&quot;%1&quot; debe ser true o false, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>&quot;%1&quot; debe ser un número entero de %2 a %3, no &quot;%4&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY-MM-DD</source>
        <translation>&quot;%1&quot; no es una fecha; escriba YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; write HH:MM on a 24-hour clock, in quotes</source>
        <translation>&quot;%1&quot; no es una hora; escriba HH:MM en formato de 24 horas, entre comillas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text, or a map of texts by language</source>
        <translation>&quot;%1&quot; debe ser un texto o un mapa de textos por idioma</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code like en, es or pt_BR</source>
        <translation>&quot;%1&quot; no es un código de idioma como en, es o pt_BR</translation>
    </message>
</context>
<context>
    <name>clearline::records::RecordExport</name>
    <message>
        <source>The CSV file could not be written (%1).</source>
        <translation>No se pudo escribir el archivo CSV (%1).</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>Se detuvo la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>ClearLine cannot write %1 (%2).</source>
        <translation>ClearLine no puede escribir %1 (%2).</translation>
    </message>
</context>
<context>
    <name>clearline::records::RecordKinds</name>
    <message>
        <source>Memo</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Contact log entry</source>
        <translation>Entrada del registro de contactos</translation>
    </message>
    <message>
        <source>Student concern report</source>
        <translation>Aviso de preocupación por un estudiante</translation>
    </message>
    <message>
        <source>Trip phone-number disclosure</source>
        <translation>Número de teléfono dado para una excursión</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Approval decision</source>
        <translation>Decisión de aprobación</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Policy acknowledgment</source>
        <translation>Confirmación de lectura de la política</translation>
    </message>
    <message>
        <source>Duty done</source>
        <translation>Tarea hecha</translation>
    </message>
    <message>
        <source>Notice handed out</source>
        <translation>Aviso entregado</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Retención legal</translation>
    </message>
</context>
<context>
    <name>clearline::records::RecordSheet</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creado (UTC)</translation>
    </message>
    <message>
        <source>Last changed (UTC)</source>
        <translation>Último cambio (UTC)</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>two revisions replace the same one; both are kept</source>
        <translation>dos versiones reemplazan a la misma; se conservan ambas</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n registro.</numerusform>
            <numerusform>%n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 records; export CSV for all of them.</source>
        <translation>Los primeros %1 de %2 registros; exporte a CSV para verlos todos.</translation>
    </message>
    <message>
        <source>Every record listed is verified.</source>
        <translation>Todos los registros de la lista están verificados.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) listed are NOT verified.</source>
        <translation>
            <numerusform>%n registro de la lista NO está verificado.</numerusform>
            <numerusform>%n registros de la lista NO están verificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Made %1 (UTC) by ClearLine.</source>
        <translation>Creado el %1 (UTC) por ClearLine.</translation>
    </message>
    <message>
        <source>&quot;Verified&quot;: every revision of the record matches its hash and carries a valid signature by a key this profile trusts. Times are UTC.</source>
        <translation>&quot;Verificado&quot;: cada versión del registro coincide con su hash y lleva una firma válida de una clave en la que confía este perfil. Las horas están en UTC.</translation>
    </message>
    <message>
        <source>Only records you may see are included.</source>
        <translation>Solo se incluyen los registros que usted puede ver.</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>The text goes on for %1 more characters, left off this paper copy; the CSV export has all of it.</source>
        <translation>El texto continúa %1 caracteres más, que no aparecen en esta copia en papel; la exportación CSV lo tiene completo.</translation>
    </message>
    <message>
        <source>Part %1 of %2: records %3 to %4.</source>
        <translation>Parte %1 de %2: registros %3 a %4.</translation>
    </message>
</context>
<context>
    <name>clearline::records::RecordText</name>
    <message>
        <source>words &quot;%1&quot;</source>
        <translation>palabras &quot;%1&quot;</translation>
    </message>
    <message>
        <source>written by &quot;%1&quot;</source>
        <translation>escritos por &quot;%1&quot;</translation>
    </message>
    <message>
        <source>student &quot;%1&quot;</source>
        <translation>estudiante &quot;%1&quot;</translation>
    </message>
    <message>
        <source>school %1</source>
        <translation>escuela %1</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>tipo %1</translation>
    </message>
    <message>
        <source>changed on or after %1</source>
        <translation>cambiados el %1 o después</translation>
    </message>
    <message>
        <source>changed on or before %1</source>
        <translation>cambiados el %1 o antes</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <source>Records with %1</source>
        <translation>Registros con %1</translation>
    </message>
</context>
<context>
    <name>clearline::requests::Acknowledgment</name>
    <message>
        <source>Read and acknowledged %1 (%2)</source>
        <translation>Lectura confirmada: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>clearline::requests::Authority</name>
    <message>
        <source>Your district&apos;s policy has no role &quot;%1&quot;, so nobody can decide this step.</source>
        <translation>La política de su distrito no tiene ningún cargo &quot;%1&quot;, así que nadie puede decidir este paso.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy names you as %1, but not with the key this profile signs with (fingerprint %2). Ask district IT to put that fingerprint in the policy pack; until then ClearLine cannot accept your decision.</source>
        <translation>La política de su distrito indica que usted es %1, pero no con la clave con la que firma este perfil (huella digital %2). Pida al departamento de informática del distrito que ponga esa huella digital en el paquete de política; hasta entonces, ClearLine no puede aceptar su decisión.</translation>
    </message>
    <message>
        <source>%1 named you designee for the %2, but ended that delegation on %3. You cannot act for the role now.</source>
        <translation>%1 le nombró persona designada para el cargo de %2, pero terminó esa delegación el %3. Ahora no puede actuar en ese cargo.</translation>
    </message>
    <message>
        <source>%1 named you designee for the %2 until %3. That delegation has ended, so you cannot act for the role now.</source>
        <translation>%1 le nombró persona designada para el cargo de %2 hasta el %3. Esa delegación terminó, así que ahora no puede actuar en ese cargo.</translation>
    </message>
    <message>
        <source>%1 named you designee for the %2 from %3. You can act for the role from that day.</source>
        <translation>%1 le nombró persona designada para el cargo de %2 a partir del %3. Puede actuar en ese cargo desde ese día.</translation>
    </message>
    <message>
        <source>This step is for the %1. Your district&apos;s policy does not list you for that role, and nobody who holds it has named you as designee, so ClearLine cannot accept your decision.</source>
        <translation>Este paso corresponde al cargo de %1. Según la política de su distrito, usted no ocupa ese cargo, y nadie que lo ocupe le ha nombrado persona designada, así que ClearLine no puede aceptar su decisión.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::Decision</name>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>denegada</translation>
    </message>
    <message>
        <source>returned for changes</source>
        <translation>devuelta para cambios</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>recepción confirmada</translation>
    </message>
</context>
<context>
    <name>clearline::requests::DecisionBook</name>
    <message>
        <source>it answers a step the district&apos;s policy does not give this request</source>
        <translation>responde a un paso que la política del distrito no da a esta solicitud</translation>
    </message>
    <message>
        <source>signed after the delegation ended (the signer&apos;s clock said otherwise)</source>
        <translation>firmada después de que terminara la delegación (el reloj de quien firmó decía otra cosa)</translation>
    </message>
    <message>
        <source>the signer does not hold the %1 role for this school</source>
        <translation>quien firmó no ocupa el cargo de %1 en esta escuela</translation>
    </message>
    <message>
        <source>signed after the designee had received the end of the delegation</source>
        <translation>firmada después de que la persona designada recibiera el fin de la delegación</translation>
    </message>
    <message>
        <source>the step had already been answered</source>
        <translation>el paso ya tenía respuesta</translation>
    </message>
    <message>
        <source>signed after the district&apos;s policy ended the signer&apos;s %1 role (the signer&apos;s clock said otherwise)</source>
        <translation>firmado después de que la política del distrito terminara el rol de %1 de quien firma (su reloj decía otra cosa)</translation>
    </message>
</context>
<context>
    <name>clearline::requests::DecisionStanding</name>
    <message>
        <source>does not count: %1</source>
        <translation>no cuenta: %1</translation>
    </message>
</context>
<context>
    <name>clearline::requests::DelegationFiling</name>
    <message>
        <source>Your district&apos;s policy has no role &quot;%1&quot;.</source>
        <translation>La política de su distrito no tiene ningún cargo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy does not let the %1 name a designee.</source>
        <translation>La política de su distrito no permite que quien ocupa el cargo de %1 nombre a una persona designada.</translation>
    </message>
    <message>
        <source>Only someone your district&apos;s policy lists as %1, with their key, can name a designee for it. It does not list your key.</source>
        <translation>Solo alguien a quien la política de su distrito nombra como %1, con su clave, puede nombrar a una persona designada para ese cargo. La política no incluye su clave.</translation>
    </message>
    <message>
        <source>ClearLine does not have %1&apos;s key yet. Import something they signed first.</source>
        <translation>ClearLine todavía no tiene la clave de %1. Primero importe algo que esa persona haya firmado.</translation>
    </message>
    <message>
        <source>You cannot name yourself as your own designee.</source>
        <translation>Usted no puede ser su propia persona designada.</translation>
    </message>
    <message>
        <source>The last day of the delegation must be today or later.</source>
        <translation>El último día de la delegación debe ser hoy o una fecha posterior.</translation>
    </message>
    <message>
        <source>A delegation can last a year at most; name the designee again after that.</source>
        <translation>Una delegación puede durar como máximo un año; después, vuelva a nombrar a la persona designada.</translation>
    </message>
    <message>
        <source>There is no delegation %1 in this profile.</source>
        <translation>No hay ninguna delegación %1 en este perfil.</translation>
    </message>
    <message>
        <source>Only the person who named the designee can end the delegation.</source>
        <translation>Solo la persona que nombró a la persona designada puede terminar la delegación.</translation>
    </message>
    <message>
        <source>This delegation has already ended.</source>
        <translation>Esta delegación ya terminó.</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminada antes de tiempo</translation>
    </message>
</context>
<context>
    <name>clearline::requests::DutyDone</name>
    <message>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <source>Done for %1: %2</source>
        <translation>Hecho para %1: %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>clearline::requests::DutyFiling</name>
    <message>
        <source>Your district&apos;s policy has no duty &quot;%1&quot;.</source>
        <translation>La política de su distrito no tiene la tarea &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done by reading the policy and signing this year&apos;s acknowledgment (&quot;Acknowledge this year&apos;s policy&quot;, or &apos;clearline ack&apos;).</source>
        <translation>&quot;%1&quot; se cumple leyendo la política y firmando la confirmación de este año (&quot;Confirmar la política de este año&quot;, o &apos;clearline ack&apos;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is for the %2. Your district&apos;s policy does not list you for that role, so ClearLine cannot mark it done for you.</source>
        <translation>&quot;%1&quot; corresponde a: %2. La política de su distrito no lo nombra a usted para ese cargo, así que ClearLine no puede marcarla como hecha por usted.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already %2.</source>
        <translation>&quot;%1&quot; ya está: %2.</translation>
    </message>
    <message>
        <source>The list of approved platforms is renewed in your district&apos;s policy pack, not by marking it done: send this year&apos;s list to whoever looks after the pack (district IT). The reminder goes away when the updated pack arrives.</source>
        <translation>La lista de plataformas aprobadas se renueva en el paquete de política de su distrito, no marcándola como hecha: envíe la lista de este año a quien mantiene el paquete (informática del distrito). El recordatorio desaparece cuando llega el paquete actualizado.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::DutyItem</name>
    <message>
        <source>to do by %1</source>
        <translation>por hacer antes del %1</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>por hacer</translation>
    </message>
    <message>
        <source>due soon, by %1</source>
        <translation>vence pronto, el %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>vencida desde el %1</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>hecha el %1</translation>
    </message>
    <message>
        <source>done by %1 on %2</source>
        <translation>hecha por %1 el %2</translation>
    </message>
    <message>
        <source>Renew the list of approved platforms for the school year %1</source>
        <translation>Renovar la lista de plataformas aprobadas para el año escolar %1</translation>
    </message>
</context>
<context>
    <name>clearline::requests::Enrolment</name>
    <message>
        <source>Your district&apos;s policy has no role &quot;%1&quot;. Its roles are: %2.</source>
        <translation>La política de su distrito no tiene el cargo &quot;%1&quot;. Sus cargos son: %2.</translation>
    </message>
    <message>
        <source>The %1 is a role at one school: say which with --school (%2).</source>
        <translation>%1 es un cargo de una sola escuela: indique cuál con --school (%2).</translation>
    </message>
    <message>
        <source>Your district&apos;s policy has no school &quot;%1&quot;. Its schools are: %2.</source>
        <translation>La política de su distrito no tiene la escuela &quot;%1&quot;. Sus escuelas son: %2.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy lists you as %1 already, with this profile&apos;s key: there is nothing to ask.</source>
        <translation>La política de su distrito ya le incluye como %1, con la clave de este perfil: no hay nada que pedir.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::FormCheck</name>
    <message>
        <source>&quot;%1&quot; is needed.</source>
        <translation>Falta completar &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters; keep it shorter.</source>
        <translation>&quot;%1&quot; tiene más de %2 caracteres; acórtelo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as year-month-day, for example 2026-10-14.</source>
        <translation>&quot;%1&quot; no es una fecha; escríbala como año-mes-día, por ejemplo 2026-10-14.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; write it as hours:minutes, for example 15:30.</source>
        <translation>&quot;%1&quot; no es una hora; escríbala como horas:minutos, por ejemplo 15:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, such as 12.</source>
        <translation>&quot;%1&quot; debe ser un número entero, como 12.</translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot; with yes or no.</source>
        <translation>Responda &quot;%1&quot; con sí o no.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an e-mail address (name@school.org).</source>
        <translation>&quot;%1&quot; no parece una dirección de correo electrónico (nombre@escuela.org).</translation>
    </message>
    <message>
        <source>Write the whole web address, starting with https://</source>
        <translation>Escriba la dirección web completa, empezando por https://</translation>
    </message>
    <message>
        <source>Choose one of the answers for &quot;%1&quot;.</source>
        <translation>Elija una de las respuestas para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose your school from the list.</source>
        <translation>Elija su escuela de la lista.</translation>
    </message>
    <message>
        <source>%1 is not on your district&apos;s list of approved platforms.</source>
        <translation>%1 no está en la lista de plataformas aprobadas de su distrito.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters; keep it to one line.</source>
        <translation>&quot;%1&quot; tiene más de %2 caracteres; escríbalo en una sola línea.</translation>
    </message>
    <message>
        <source>Tick &quot;%1&quot; once it is true.</source>
        <translation>Marque &quot;%1&quot; cuando se cumpla.</translation>
    </message>
    <message>
        <source> or @</source>
        <translation> o @</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district address: your district&apos;s policy (§ %2 %3) asks for one ending in %4.</source>
        <translation>&quot;%1&quot; no es una dirección del distrito: la política de su distrito (§ %2 %3) pide una que termine en %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district address: your district asks for one ending in %2.</source>
        <translation>&quot;%1&quot; no es una dirección del distrito: su distrito pide una que termine en %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: your district&apos;s policy (§ %3 %4) does not allow this under %5, so the request cannot be sent.</source>
        <translation>&quot;%1&quot; es %2: la política de su distrito (§ %3 %4) no lo permite por debajo de %5, así que la solicitud no se puede enviar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: your district&apos;s policy does not allow this under %3, so the request cannot be sent.</source>
        <translation>&quot;%1&quot; es %2: la política de su distrito no lo permite por debajo de %3, así que la solicitud no se puede enviar.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::PlannedStep</name>
    <message>
        <source>%1 approves</source>
        <translation>%1 aprueba</translation>
    </message>
    <message>
        <source>%1 acknowledges</source>
        <translation>%1 confirma la recepción</translation>
    </message>
    <message>
        <source>%1 is informed</source>
        <translation>%1 recibe un aviso</translation>
    </message>
    <message>
        <source>, before %1</source>
        <translation>, antes del %1</translation>
    </message>
</context>
<context>
    <name>clearline::requests::Request</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The route this request carries is not the one your district&apos;s policy gives for it. ClearLine follows the policy: the people and deadlines shown are the policy&apos;s.</source>
        <translation>La ruta que trae esta solicitud no es la que da la política de su distrito. ClearLine sigue la política: las personas y los plazos que se muestran son los de la política.</translation>
    </message>
    <message>
        <source>This request was sent under the policy adopted on %1, whose route differs from the policy you have. ClearLine follows the policy you have.</source>
        <translation>Esta solicitud se envió bajo la política adoptada el %1, cuya ruta difiere de la política que usted tiene. ClearLine sigue la política que usted tiene.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy on this computer has no procedure for &quot;%1&quot;, so ClearLine cannot tell who must approve it. Ask district IT whether the policy here is up to date.</source>
        <translation>La política de su distrito en esta computadora no tiene ningún procedimiento para «%1», así que ClearLine no puede saber quién debe aprobarla. Pregunte al departamento de informática del distrito si la política de aquí está al día.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::RequestFiling</name>
    <message>
        <source>Your district&apos;s policy has no procedure called &quot;%1&quot;.</source>
        <translation>La política de su distrito no tiene ningún trámite llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The request is not complete yet:
%1</source>
        <translation>La solicitud todavía no está completa:
%1</translation>
    </message>
    <message>
        <source>There is no request %1 in this profile.</source>
        <translation>No hay ninguna solicitud %1 en este perfil.</translation>
    </message>
    <message>
        <source>Only the person who sent a request can correct or withdraw it.</source>
        <translation>Solo la persona que envió una solicitud puede corregirla o retirarla.</translation>
    </message>
    <message>
        <source>This request was withdrawn; send a new one instead.</source>
        <translation>Esta solicitud se retiró; envíe una nueva en su lugar.</translation>
    </message>
    <message>
        <source>A correction keeps the request&apos;s kind; send a new request for something else.</source>
        <translation>Una corrección mantiene el tipo de la solicitud; para otra cosa, envíe una solicitud nueva.</translation>
    </message>
    <message>
        <source>This request is already withdrawn.</source>
        <translation>Esta solicitud ya está retirada.</translation>
    </message>
    <message>
        <source>It is too late to send this request: your district&apos;s policy asks for %1&apos;s answer before %2, and that day has come. Speak to them directly.</source>
        <translation>Es demasiado tarde para enviar esta solicitud: la política de su distrito pide la respuesta de %1 antes del %2, y ese día ya llegó. Hable directamente con esa persona.</translation>
    </message>
    <message>
        <source>This request continues one that is not approved, or is not yours: send it once that request is approved.</source>
        <translation>Esta solicitud continúa otra que no está aprobada o que no es suya: envíela cuando esa solicitud esté aprobada.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy asks for &quot;%1&quot; to be approved first. Once it is, ClearLine offers this request with your answers filled in.</source>
        <translation>La política de su distrito pide que primero se apruebe &quot;%1&quot;. Cuando lo esté, ClearLine le ofrecerá esta solicitud con sus respuestas ya escritas.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::RequestSheet</name>
    <message>
        <source>There is no request %1 in this profile.</source>
        <translation>No hay ninguna solicitud %1 en este perfil.</translation>
    </message>
    <message>
        <source>Sent the request</source>
        <translation>Envió la solicitud</translation>
    </message>
    <message>
        <source>Withdrew it: %1</source>
        <translation>La retiró: %1</translation>
    </message>
    <message>
        <source>Corrected and sent again: %1</source>
        <translation>La corrigió y la volvió a enviar: %1</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>designee of %1 for the %2</source>
        <translation>persona designada por %1 para el cargo de %2</translation>
    </message>
    <message>
        <source>does not count: %1</source>
        <translation>no cuenta: %1</translation>
    </message>
    <message>
        <source>The request as it was filled in</source>
        <translation>La solicitud tal como se completó</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>The checklist</source>
        <translation>La lista de verificación</translation>
    </message>
    <message>
        <source>What the policy says</source>
        <translation>Lo que dice la política</translation>
    </message>
    <message>
        <source>What ClearLine checked</source>
        <translation>Lo que comprobó ClearLine</translation>
    </message>
    <message>
        <source>Nothing in this request stands out against the policy.</source>
        <translation>Nada en esta solicitud llama la atención frente a la política.</translation>
    </message>
    <message>
        <source>The route</source>
        <translation>La ruta</translation>
    </message>
    <message>
        <source>Nobody approves this kind of request; it is kept as a record.</source>
        <translation>Nadie aprueba este tipo de solicitud; se guarda como registro.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>En qué punto está</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 por %2 el %3</translation>
    </message>
    <message>
        <source>Informed when it was sent</source>
        <translation>Recibió un aviso cuando se envió</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>No se llegó a este paso</translation>
    </message>
    <message>
        <source>Waiting for this step now</source>
        <translation>Esperando este paso ahora</translation>
    </message>
    <message>
        <source>Comes after the steps before it</source>
        <translation>Viene después de los pasos anteriores</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Huella digital de la clave</translation>
    </message>
    <message>
        <source>This signature does not check out: the record was changed after it was signed.</source>
        <translation>Esta firma no es válida: el registro se modificó después de firmarse.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>Asked by %1 on %2 · record %3</source>
        <translation>Solicitada por %1 el %2 · registro %3</translation>
    </message>
    <message>
        <source>Every signature above was checked against its key when this page was made.</source>
        <translation>Cada firma de arriba se comprobó con su clave cuando se creó esta página.</translation>
    </message>
    <message>
        <source>At least one signature above does not check out; see the marked rows.</source>
        <translation>Al menos una firma de arriba no es válida; vea las filas marcadas.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::RequestStatus</name>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>On record</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Not sent yet: open it to finish and send it.</source>
        <translation>Todavía sin enviar: ábrala para terminarla y enviarla.</translation>
    </message>
    <message>
        <source>Waiting for %1, before %2.</source>
        <translation>Esperando a %1, antes del %2.</translation>
    </message>
    <message>
        <source>Waiting for %1.</source>
        <translation>Esperando a %1.</translation>
    </message>
    <message>
        <source>Waiting for %1 (%2).</source>
        <translation>Esperando a %1 (%2).</translation>
    </message>
    <message>
        <source>Expired: %1 did not answer before %2. Send a new request if you still need it.</source>
        <translation>Vencida: %1 no respondió antes del %2. Envíe una solicitud nueva si todavía la necesita.</translation>
    </message>
    <message>
        <source>Sent: it informs the people on its route; nobody needs to approve it.</source>
        <translation>Enviada: informa a las personas de su ruta; nadie tiene que aprobarla.</translation>
    </message>
    <message>
        <source>On record: your district asks for this to be written down; nobody needs to approve it.</source>
        <translation>Archivada: su distrito pide que esto quede por escrito; nadie tiene que aprobarla.</translation>
    </message>
    <message>
        <source>Withdrawn: you took this request back.</source>
        <translation>Retirada: usted retiró esta solicitud.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelta</translation>
    </message>
    <message>
        <source>Cannot check</source>
        <translation>No se puede comprobar</translation>
    </message>
    <message>
        <source>Approved: everyone on the route has said yes.</source>
        <translation>Aprobada: todas las personas de la ruta dijeron que sí.</translation>
    </message>
    <message>
        <source>Denied by %1.</source>
        <translation>Denegada por %1.</translation>
    </message>
    <message>
        <source>Denied by %1: &quot;%2&quot;</source>
        <translation>Denegada por %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Returned by %1 for changes: &quot;%2&quot; Correct the request to send it again.</source>
        <translation>Devuelta por %1 para cambios: &quot;%2&quot; Corrija la solicitud para volver a enviarla.</translation>
    </message>
    <message>
        <source>Cannot check: your district&apos;s policy on this computer has no such procedure, so ClearLine cannot tell who must approve it. Ask district IT whether the policy here is up to date.</source>
        <translation>No se puede comprobar: la política de su distrito en esta computadora no tiene ese procedimiento, así que ClearLine no puede saber quién debe aprobarla. Pregunte al departamento de informática del distrito si la política de aquí está al día.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::Review</name>
    <message>
        <source>There is no request %1 in this profile.</source>
        <translation>No hay ninguna solicitud %1 en este perfil.</translation>
    </message>
    <message>
        <source>Say why: the person who asked will read your comment.</source>
        <translation>Indique el motivo: la persona que hizo la solicitud leerá su comentario.</translation>
    </message>
    <message>
        <source>This request was withdrawn by the person who sent it.</source>
        <translation>La persona que envió esta solicitud la retiró.</translation>
    </message>
    <message>
        <source>Nothing in this request waits for your decision.</source>
        <translation>Nada en esta solicitud espera su decisión.</translation>
    </message>
    <message>
        <source>This request is not waiting for a decision (%1).</source>
        <translation>Esta solicitud no está esperando una decisión (%1).</translation>
    </message>
    <message>
        <source>This request is not open any more (%1): it can only be marked as read.</source>
        <translation>Esta solicitud ya no está abierta (%1): solo se puede marcar como leída.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::ReviewChecks</name>
    <message>
        <source>Your district&apos;s policy no longer has the procedure this request follows (%1).</source>
        <translation>La política de su distrito ya no tiene el trámite que sigue esta solicitud (%1).</translation>
    </message>
    <message>
        <source>%1 is not on the district&apos;s list of approved platforms.</source>
        <translation>%1 no está en la lista de plataformas aprobadas del distrito.</translation>
    </message>
    <message>
        <source>%1 (%2) has already passed.</source>
        <translation>%1 (%2) ya pasó.</translation>
    </message>
    <message>
        <source>%1 is %2, under %3.</source>
        <translation>%1: %2, por debajo de %3.</translation>
    </message>
    <message>
        <source>Not ticked: &quot;%1&quot;</source>
        <translation>Sin marcar: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The deadline for %1 passed on %2.</source>
        <translation>El plazo para %1 venció el %2.</translation>
    </message>
    <message>
        <source>Sent late: on %1, when the policy wanted %2&apos;s answer before %3.</source>
        <translation>Enviada tarde: el %1, cuando la política pedía la respuesta de %2 antes del %3.</translation>
    </message>
    <message>
        <source>The district&apos;s list of approved platforms is kept by the %1, outside ClearLine: check that %2 is on this year&apos;s list.</source>
        <translation>La lista de plataformas aprobadas del distrito la lleva %1, fuera de ClearLine: compruebe que %2 está en la lista de este año.</translation>
    </message>
    <message>
        <source>The district&apos;s list of approved platforms is kept outside ClearLine: check that %1 is on this year&apos;s list.</source>
        <translation>La lista de plataformas aprobadas del distrito se lleva fuera de ClearLine: compruebe que %1 está en la lista de este año.</translation>
    </message>
    <message>
        <source>The district&apos;s list of approved platforms was last renewed for %1, not for %2: check that %3 is still on this year&apos;s list.</source>
        <translation>La lista de plataformas aprobadas del distrito se renovó por última vez para %1, no para %2: compruebe que %3 sigue en la lista de este año.</translation>
    </message>
    <message>
        <source>an earlier year</source>
        <translation>un año anterior</translation>
    </message>
    <message>
        <source>%1 is approved only for students aged %2 and older: check the students&apos; ages.</source>
        <translation>%1 está aprobada solo para estudiantes de %2 años o más: compruebe la edad de los estudiantes.</translation>
    </message>
    <message>
        <source>%1 is approved only for students aged %2 and older; the youngest here is %3.</source>
        <translation>%1 está aprobada solo para estudiantes de %2 años o más; el más joven aquí tiene %3.</translation>
    </message>
    <message>
        <source>%1 is approved for grades %2; %3 has grades %4: check which students will use it.</source>
        <translation>%1 está aprobada para los grados %2; %3 tiene los grados %4: compruebe qué estudiantes la usarán.</translation>
    </message>
</context>
<context>
    <name>clearline::retention::HoldFiling</name>
    <message>
        <source>Your district&apos;s policy names no records officer, so nobody can place a legal hold in ClearLine.</source>
        <translation>La política de su distrito no nombra a ningún encargado de registros, así que nadie puede poner una retención legal en ClearLine.</translation>
    </message>
    <message>
        <source>Only the %1 places legal holds, and your district&apos;s policy does not list you for that role.</source>
        <translation>Solo %1 pone retenciones legales, y la política de su distrito no le incluye en ese cargo.</translation>
    </message>
    <message>
        <source>Say why the record is held (a lawsuit, a public-records request …); the reason is signed with the hold.</source>
        <translation>Diga por qué se retiene el registro (una demanda, una solicitud de registros públicos …); el motivo se firma con la retención.</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>No hay ningún registro %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on legal hold: %2</source>
        <translation>«%1» ya está en retención legal: %2</translation>
    </message>
    <message>
        <source>No legal hold stands on this record.</source>
        <translation>Este registro no tiene ninguna retención legal vigente.</translation>
    </message>
    <message>
        <source>Another records officer placed this hold; only they can release it.</source>
        <translation>Otro encargado de registros puso esta retención; solo esa persona puede levantarla.</translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation>Retención legal levantada</translation>
    </message>
</context>
<context>
    <name>clearline::retention::LegalHold</name>
    <message>
        <source>Legal hold released: %1</source>
        <translation>Retención legal levantada: %1</translation>
    </message>
    <message>
        <source>Legal hold: %1</source>
        <translation>Retención legal: %1</translation>
    </message>
</context>
<context>
    <name>clearline::retention::Retention</name>
    <message>
        <source>Your district&apos;s policy gives no retention period for this kind of record.</source>
        <translation>La política de su distrito no da ningún plazo de conservación para este tipo de registro.</translation>
    </message>
    <message>
        <source>Keep it: your district&apos;s policy gives no period (§ %1).</source>
        <translation>Consérvelo: la política de su distrito no da ningún plazo (§ %1).</translation>
    </message>
    <message>
        <source>Keep permanently (§ %1).</source>
        <translation>Conservar para siempre (§ %1).</translation>
    </message>
    <message>
        <source>Keep until %1 (%2 from the end of the school year, § %3).</source>
        <translation>Conservar hasta el %1 (%2 desde el final del año escolar, § %3).</translation>
    </message>
    <message>
        <source>Keep until %1 (%2 from the record&apos;s date, § %3).</source>
        <translation>Conservar hasta el %1 (%2 desde la fecha del registro, § %3).</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>A date format (QDate::toString): day, month name, year.</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>clearline::retention::RetentionPeriod</name>
    <message>
        <source>permanently</source>
        <translation>para siempre</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::sync::BundleExport</name>
    <message>
        <source>An attachment of record %1 is missing from this profile; run &apos;clearline ledger verify&apos;.</source>
        <translation>Falta en este perfil un archivo adjunto del registro %1; ejecute &apos;clearline ledger verify&apos;.</translation>
    </message>
    <message>
        <source>Some revisions here are signed by a key this profile does not list; run &apos;clearline ledger verify&apos;.</source>
        <translation>Algunas versiones de aquí están firmadas con una clave que este perfil no tiene en su lista; ejecute &apos;clearline ledger verify&apos;.</translation>
    </message>
</context>
<context>
    <name>clearline::sync::BundleImport</name>
    <message>
        <source>ClearLine ran out of memory reading this bundle. Close other programs and try again.</source>
        <translation>ClearLine se quedó sin memoria al leer este lote. Cierre otros programas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1, whom your district&apos;s policy lists as %2: only district IT can add a key for them, in the policy</source>
        <translation>%1, a quien la política de su distrito nombra como %2: solo el departamento de informática del distrito puede añadir una clave para esa persona, en la política</translation>
    </message>
    <message>
        <source>%1 (known as %2)</source>
        <translation>%1 (conocido como %2)</translation>
    </message>
    <message>
        <source>An attached file in the bundle was changed after it was made.</source>
        <translation>Un archivo adjunto del lote se modificó después de crearse el lote.</translation>
    </message>
    <message>
        <source>Revision %1 is signed by someone this profile has not accepted (%2).</source>
        <translation>La versión %1 está firmada por alguien a quien este perfil no ha aceptado (%2).</translation>
    </message>
    <message>
        <source>Revision %1 is signed by a key that neither this profile nor the bundle knows (%2).</source>
        <translation>La versión %1 está firmada con una clave que no conocen ni este perfil ni el lote (%2).</translation>
    </message>
    <message>
        <source>Revision %1 was changed after it was signed.</source>
        <translation>La versión %1 se modificó después de firmarse.</translation>
    </message>
    <message>
        <source>Revision %1 does not carry a valid signature of its author (%2).</source>
        <translation>La versión %1 no lleva una firma válida de su autor (%2).</translation>
    </message>
    <message>
        <source>Revision %1 says it is by someone other than the person whose key signed it (%2).</source>
        <translation>La versión %1 dice ser de alguien distinto de la persona cuya clave la firmó (%2).</translation>
    </message>
    <message>
        <source>Revision %1 differs from the copy this profile already holds.</source>
        <translation>La versión %1 no coincide con la copia que ya tiene este perfil.</translation>
    </message>
    <message>
        <source>This bundle continues from revisions this profile has not received yet (from %1). Import the earlier bundles from them first, or ask for a complete one.</source>
        <translation>Este lote continúa a partir de versiones que este perfil todavía no ha recibido (de %1). Primero importe los lotes anteriores de esa persona o pida uno completo.</translation>
    </message>
    <message>
        <source>A revision is missing before revision %1: the chain of its author&apos;s revisions is broken.</source>
        <translation>Falta una versión antes de la versión %1: la cadena de versiones de su autor está rota.</translation>
    </message>
    <message>
        <source>Revision %1 does not follow its author&apos;s latest revision held here: their records have split into two lines. Ask district IT to look at both profiles.</source>
        <translation>La versión %1 no sigue a la última versión de su autor que hay aquí: sus registros se dividieron en dos líneas. Pida al departamento de informática del distrito que revise ambos perfiles.</translation>
    </message>
    <message>
        <source>Revision %1 corrects revision %2, which is neither in the bundle nor in this profile.</source>
        <translation>La versión %1 corrige la versión %2, que no está ni en el lote ni en este perfil.</translation>
    </message>
    <message>
        <source>Revision %1 claims to correct a revision of another record.</source>
        <translation>La versión %1 dice corregir una versión de otro registro.</translation>
    </message>
    <message>
        <source>A file attached to revision %1 is missing from the bundle.</source>
        <translation>Falta en el lote un archivo adjunto a la versión %1.</translation>
    </message>
    <message>
        <source>Revision %1 changes a record made by someone else; only the person who made a record may correct it.</source>
        <translation>La versión %1 cambia un registro creado por otra persona; solo quien creó un registro puede corregirlo.</translation>
    </message>
    <message>
        <source>Revision %1 changes a record that was signed with another key of the same person (%2). A new key can correct what an old key signed only once the old key has handed its records over to it.</source>
        <translation>La revisión %1 cambia un registro firmado con otra clave de la misma persona (%2). Una clave nueva solo puede corregir lo que firmó una clave antigua si la clave antigua le ha traspasado sus registros.</translation>
    </message>
    <message>
        <source>%1 does not hold what its manifest lists: it was made wrongly or changed.</source>
        <translation>%1 no contiene lo que indica su manifiesto: se creó mal o se modificó.</translation>
    </message>
</context>
<context>
    <name>clearline::sync::BundleReader</name>
    <message>
        <source>%1 is damaged or incomplete (%2). Ask the sender for a new copy.</source>
        <translation>%1 está dañado o incompleto (%2). Pida a quien lo envió una copia nueva.</translation>
    </message>
    <message>
        <source>ClearLine cannot read %1: %2</source>
        <translation>ClearLine no puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a ClearLine bundle.</source>
        <translation>%1 no es un lote de ClearLine.</translation>
    </message>
    <message>
        <source>its format line is not readable</source>
        <translation>su línea de formato no se puede leer</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of ClearLine (bundle format %2; this version reads up to %3). Update ClearLine, then import it again.</source>
        <translation>%1 se creó con una versión más reciente de ClearLine (formato de lote %2; esta versión lee hasta el %3). Actualice ClearLine y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>its manifest is cut short</source>
        <translation>su manifiesto está incompleto</translation>
    </message>
    <message>
        <source>its manifest is not readable: %1</source>
        <translation>su manifiesto no se puede leer: %1</translation>
    </message>
    <message>
        <source>%1 does not carry a valid signature of the person it names as its sender (%2): it was changed after it was made.</source>
        <translation>%1 no lleva una firma válida de la persona que figura como remitente (%2): se modificó después de crearse.</translation>
    </message>
    <message>
        <source>it is compressed with &quot;%1&quot;, which ClearLine does not use</source>
        <translation>está comprimido con &quot;%1&quot;, que ClearLine no usa</translation>
    </message>
    <message>
        <source>it is cut short: %1 of %2 bytes are there</source>
        <translation>está incompleto: hay %1 de %2 bytes</translation>
    </message>
    <message>
        <source>it holds more than its manifest lists</source>
        <translation>contiene más de lo que indica su manifiesto</translation>
    </message>
    <message>
        <source>it claims to expand to %1 bytes from %2, more than any real bundle does</source>
        <translation>dice que se expande de %2 a %1 bytes, más de lo que ocupa cualquier lote real</translation>
    </message>
    <message>
        <source>its contents do not match the checksum its sender signed; it was changed after it was made</source>
        <translation>su contenido no coincide con la suma de comprobación que firmó el remitente; se modificó después de crearse</translation>
    </message>
    <message>
        <source>ClearLine could not start reading the bundle.</source>
        <translation>ClearLine no pudo empezar a leer el lote.</translation>
    </message>
    <message>
        <source>its compressed contents are broken (%1)</source>
        <translation>su contenido comprimido está dañado (%1)</translation>
    </message>
    <message>
        <source>its contents expand beyond the %1 bytes its manifest declares</source>
        <translation>su contenido se expande más allá de los %1 bytes que declara su manifiesto</translation>
    </message>
    <message>
        <source>one of its lines is longer than any record can be</source>
        <translation>una de sus líneas es más larga de lo que puede ser cualquier registro</translation>
    </message>
    <message>
        <source>its contents end early</source>
        <translation>su contenido termina antes de tiempo</translation>
    </message>
</context>
<context>
    <name>clearline::sync::BundleReport</name>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1, from %2, made %3</source>
        <translation>%1, de %2, creado el %3</translation>
    </message>
    <message>
        <source>  Refused: %1</source>
        <translation>  Rechazado: %1</translation>
    </message>
    <message>
        <source>  Nothing was changed.</source>
        <translation>  No se cambió nada.</translation>
    </message>
    <message>
        <source>  Would add: %1</source>
        <translation>  Añadiría: %1</translation>
    </message>
    <message>
        <source>  New: %1</source>
        <translation>  Nuevo: %1</translation>
    </message>
    <message>
        <source>  New attached files: %1</source>
        <translation>  Archivos adjuntos nuevos: %1</translation>
    </message>
    <message>
        <source>  Already here: %1</source>
        <translation>  Ya estaban aquí: %1</translation>
    </message>
    <message>
        <source>  New person, listed in the district&apos;s pack: %1</source>
        <translation>  Persona nueva, incluida en el paquete del distrito: %1</translation>
    </message>
    <message>
        <source>  New person, accepted: %1</source>
        <translation>  Persona nueva, aceptada: %1</translation>
    </message>
    <message>
        <source>  Two versions of &quot;%1&quot; now exist (record %2). Both are kept, and its history shows both; the person who made it can correct it to settle which stands.</source>
        <translation>  Ahora existen dos versiones de &quot;%1&quot; (registro %2). Se conservan ambas y su historial muestra las dos; la persona que lo creó puede corregirlo para decidir cuál vale.</translation>
    </message>
    <message>
        <source>  A change to &quot;%1&quot; (record %2) is dated %3, in the future: its author&apos;s computer clock is wrong. It is kept with that date; which version counts does not depend on dates.</source>
        <translation>  Un cambio en &quot;%1&quot; (registro %2) tiene fecha %3, en el futuro: el reloj de la computadora de su autor está mal. Se conserva con esa fecha; qué versión vale no depende de las fechas.</translation>
    </message>
    <message>
        <source>  The sender works under another district&apos;s policy.</source>
        <translation>  El remitente trabaja bajo la política de otro distrito.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>  %1 (%2) now gives the name %3, which is someone else&apos;s that ClearLine knows. It was not taken: their records keep the name %1.</source>
        <translation>  %1 (%2) ahora da el nombre %3, que es el de otra persona que ClearLine conoce. No se aceptó: sus registros conservan el nombre %1.</translation>
    </message>
    <message>
        <source>  %1 (%2) is now called %3, as you accepted.</source>
        <translation>  %1 (%2) ahora se llama %3, como usted aceptó.</translation>
    </message>
    <message>
        <source>  %1 (%2) now gives the name %3. Their records keep the name %1 until you accept the new one: import again with --accept %2.</source>
        <translation>  %1 (%2) ahora da el nombre %3. Sus registros conservan el nombre %1 hasta que usted acepte el nuevo: importe de nuevo con --accept %2.</translation>
    </message>
    <message>
        <source>a new key for %1</source>
        <translation>una clave nueva de %1</translation>
    </message>
    <message>
        <source>  Waits for you to accept: %1</source>
        <translation>  Espera que usted acepte: %1</translation>
    </message>
    <message>
        <source>  Waiting: these people are new to this profile. Compare each fingerprint with the person (in person or by phone), then import again with --accept FINGERPRINT:</source>
        <translation>  En espera: estas personas son nuevas en este perfil. Compare cada huella digital con la persona (en persona o por teléfono) y luego vuelva a importar con --accept FINGERPRINT:</translation>
    </message>
    <message>
        <source> — a new key for %1</source>
        <translation> — una clave nueva de %1</translation>
    </message>
    <message>
        <source>it holds %1 revisions and %2 files, not the %3 and %4 its manifest lists</source>
        <translation>contiene %1 versiones y %2 archivos, no las %3 y los %4 que indica su manifiesto</translation>
    </message>
    <message>
        <source>revision %1 was changed after it was signed</source>
        <translation>la versión %1 se modificó después de firmarse</translation>
    </message>
    <message>
        <source>From:       %1</source>
        <translation>De:         %1</translation>
    </message>
    <message>
        <source>For:        %1</source>
        <translation>Para:       %1</translation>
    </message>
    <message>
        <source>Made:       %1 with %2</source>
        <translation>Creado:     %1 con %2</translation>
    </message>
    <message>
        <source>Policy:     %1, adopted %2</source>
        <translation>Política:   %1, adoptada el %2</translation>
    </message>
    <message>
        <source>Revisions:  %1 (%2)</source>
        <translation>Versiones:  %1 (%2)</translation>
    </message>
    <message>
        <source>Files:      %1</source>
        <translation>Archivos:   %1</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Firmado por:</translation>
    </message>
    <message>
        <source>Every signature checks out.</source>
        <translation>Todas las firmas son válidas.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>  Not for you (sealed placeholders that keep the chain of signatures whole): %1</source>
        <translation>  No son para usted (marcadores sellados que mantienen completa la cadena de firmas): %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A kind of record and how many there are: &quot;Contact log entry: 3&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>clearline::sync::BundleWriter</name>
    <message>
        <source>ClearLine cannot write in %1: %2</source>
        <translation>ClearLine no puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>ClearLine could not start compressing the bundle.</source>
        <translation>ClearLine no pudo empezar a comprimir el lote.</translation>
    </message>
    <message>
        <source>ClearLine could not compress the bundle (%1).</source>
        <translation>ClearLine no pudo comprimir el lote (%1).</translation>
    </message>
    <message>
        <source>ClearLine could not write the bundle: %1</source>
        <translation>ClearLine no pudo escribir el lote: %1</translation>
    </message>
    <message>
        <source>ClearLine cannot write %1: %2</source>
        <translation>ClearLine no puede escribir %1: %2</translation>
    </message>
    <message>
        <source>ClearLine could not write %1: %2. Nothing was sent; check that the disk has room.</source>
        <translation>ClearLine no pudo escribir %1: %2. No se envió nada; compruebe que haya espacio en el disco.</translation>
    </message>
</context>
<context>
    <name>clearline::sync::EnrolmentFile</name>
    <message>
        <source>ClearLine could not write %1.</source>
        <translation>ClearLine no pudo escribir %1.</translation>
    </message>
    <message>
        <source>ClearLine could not read %1.</source>
        <translation>ClearLine no pudo leer %1.</translation>
    </message>
    <message>
        <source>%1 is not a ClearLine enrolment request.</source>
        <translation>%1 no es una solicitud de inscripción de ClearLine.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>%1 was changed after it was signed: do not use it, and ask the person for a new one.</source>
        <translation>%1 se cambió después de firmarse: no lo use y pida a la persona uno nuevo.</translation>
    </message>
</context>
<context>
    <name>clearline::sync::FolderSync</name>
    <message>
        <source>The shared folder %1 cannot be found. Check that the drive is connected, or choose the folder again in Settings.</source>
        <translation>No se encuentra la carpeta compartida %1. Compruebe que la unidad esté conectada o vuelva a elegir la carpeta en Ajustes.</translation>
    </message>
</context>
<context>
    <name>clearline::sync::PackCarriage</name>
    <message>
        <source>%1 as %2 at %3</source>
        <translation>%1 como %2 en %3</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
    <message>
        <source>The bundle carries version %1 of the district policy, but this profile trusts no district key yet, so ClearLine did not take it. District IT can set it with: clearline settings set district_key FINGERPRINT</source>
        <translation>El lote trae la versión %1 de la política del distrito, pero este perfil aún no confía en ninguna clave del distrito, así que ClearLine no la tomó. TI del distrito puede fijarla con: clearline settings set district_key FINGERPRINT</translation>
    </message>
    <message>
        <source>The bundle carries a district policy that ClearLine could not read, so it was not taken.</source>
        <translation>El lote trae una política del distrito que ClearLine no pudo leer, así que no se tomó.</translation>
    </message>
    <message>
        <source>The bundle carries version %1 of the district policy, but it is %2, so ClearLine did not take it.</source>
        <translation>El lote trae la versión %1 de la política del distrito, pero está %2, así que ClearLine no la tomó.</translation>
    </message>
    <message>
        <source>The bundle carries version %1 of the district policy signed by the key %2, not by your district&apos;s key %3, so ClearLine did not take it.</source>
        <translation>El lote trae la versión %1 de la política del distrito firmada con la clave %2, no con la clave de su distrito %3, así que ClearLine no la tomó.</translation>
    </message>
    <message>
        <source>The bundle carries version %1 of the district policy, but it has mistakes (%2), so ClearLine did not take it.</source>
        <translation>El lote trae la versión %1 de la política del distrito, pero tiene errores (%2), así que ClearLine no la tomó.</translation>
    </message>
    <message>
        <source>The bundle carries the policy of another district (%1), so ClearLine did not take it.</source>
        <translation>El lote trae la política de otro distrito (%1), así que ClearLine no la tomó.</translation>
    </message>
    <message>
        <source>The bundle carries the same version (%1) of the district policy as this profile has.</source>
        <translation>El lote trae la misma versión (%1) de la política del distrito que tiene este perfil.</translation>
    </message>
    <message>
        <source>The bundle carries version %1 of the district policy, older than this profile&apos;s version %2, so ClearLine kept its own.</source>
        <translation>El lote trae la versión %1 de la política del distrito, anterior a la versión %2 de este perfil, así que ClearLine conservó la suya.</translation>
    </message>
    <message>
        <source>ClearLine could not keep the new district policy in %1.</source>
        <translation>ClearLine no pudo guardar la nueva política del distrito en %1.</translation>
    </message>
    <message>
        <source>This profile now follows version %1 of the district policy, signed by your district&apos;s key.</source>
        <translation>Este perfil sigue ahora la versión %1 de la política del distrito, firmada con la clave de su distrito.</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Añadido: %1.</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Retirado: %1.</translation>
    </message>
    <message>
        <source>The roles changed.</source>
        <translation>Los cargos cambiaron.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; changed.</source>
        <translation>La sección &quot;%1&quot; cambió.</translation>
    </message>
    <message>
        <source>Nothing but the version changed.</source>
        <translation>Solo cambió la versión.</translation>
    </message>
    <message>
        <source>The bundle carries version %1 of the district policy, but your district&apos;s IT staff install the policy on this computer, so ClearLine keeps theirs until they update it.</source>
        <translation>El paquete trae la versión %1 de la política del distrito, pero el personal de informática de su distrito instala la política en esta computadora, así que ClearLine conserva la suya hasta que la actualicen.</translation>
    </message>
</context>
<context>
    <name>clearline::sync::SealedBundle</name>
    <message>
        <source>%1 is locked for the people it is for. Unlock your key to read it.</source>
        <translation>%1 está cerrado para las personas a quienes va. Desbloquee su clave para leerlo.</translation>
    </message>
    <message>
        <source>There is no room to open %1: %2</source>
        <translation>No hay espacio para abrir %1: %2</translation>
    </message>
    <message>
        <source>There is no room to make the bundle: %1</source>
        <translation>No hay espacio para crear el paquete: %1</translation>
    </message>
</context>
<context>
    <name>clearline::ui::AboutDialog</name>
    <message>
        <source>About ClearLine</source>
        <translation>Acerca de ClearLine</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ClearLine %1&lt;/h2&gt;&lt;p&gt;Helps school staff follow their district&apos;s policy on communication with students and families, and keeps the public record of it.&lt;/p&gt;&lt;p&gt;Your data is kept in:&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ClearLine %1&lt;/h2&gt;&lt;p&gt;Ayuda al personal escolar a seguir la política de su distrito sobre la comunicación con estudiantes y familias, y guarda el registro público de ello.&lt;/p&gt;&lt;p&gt;Sus datos se guardan en:&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>clearline::ui::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge this year&apos;s policy</source>
        <translation>Confirmar la política de este año</translation>
    </message>
    <message>
        <source>Read your district&apos;s policy below. Then tick the box and sign: ClearLine keeps a signed record that you read it this school year.</source>
        <translation>Lea abajo la política de su distrito. Luego marque la casilla y firme: ClearLine guarda un registro firmado de que usted la leyó este año escolar.</translation>
    </message>
    <message>
        <source>I have read %1 for the school year %2.</source>
        <translation>He leído %1 para el año escolar %2.</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
</context>
<context>
    <name>clearline::ui::BuildingOverviewView</name>
    <message>
        <source>Building overview</source>
        <translation>Resumen de la escuela</translation>
    </message>
    <message>
        <source>S&amp;chool:</source>
        <translation>Es&amp;cuela:</translation>
    </message>
    <message>
        <source>Staff are the people whose records have reached this profile. Open a line to see the records; open a record with Enter or a double click.</source>
        <translation>El personal son las personas cuyos registros han llegado a este perfil. Abra una línea para ver los registros; abra un registro con Enter o con doble clic.</translation>
    </message>
    <message>
        <source>The whole district</source>
        <translation>Todo el distrito</translation>
    </message>
    <message>
        <source>Acknowledged the policy for %1: %2 of %3</source>
        <translation>Confirmaron la lectura de la política del año escolar %1: %2 de %3</translation>
    </message>
    <message>
        <source>%1: acknowledged</source>
        <translation>%1: confirmó la lectura</translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation>%1: todavía no</translation>
    </message>
    <message>
        <source>Trips with a shared number this week (%1 – %2): %3</source>
        <translation>Excursiones con un número compartido esta semana (%1 – %2): %3</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4</source>
        <translation>%1, %2 (%3): %4</translation>
    </message>
    <message>
        <source>Reports of misuse this school year: %1</source>
        <translation>Informes de uso indebido este año escolar: %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Professional accounts registered: %1</source>
        <translation>Cuentas profesionales registradas: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Duties of the school&apos;s role holders: %1 open</source>
        <translation>Tareas de los cargos de la escuela: %1 pendientes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>clearline::ui::BundleImportDialog</name>
    <message>
        <source>Import records</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <source>&lt;b&gt;People new to ClearLine on this computer.&lt;/b&gt; Before you tick someone, compare the fingerprint below with the one on their own screen (File › Your profile), in person or by phone. A bundle comes in whole or not at all: tick everyone to import it.</source>
        <translation>&lt;b&gt;Personas nuevas en ClearLine en esta computadora.&lt;/b&gt; Antes de marcar a alguien, compare la huella digital de abajo con la que aparece en su propia pantalla (Archivo › Su perfil), en persona o por teléfono. Un lote se importa completo o no se importa: marque a todos para importarlo.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;   fingerprint %3</source>
        <translation>%1 &lt;%2&gt;   huella %3</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;   fingerprint %3 — a new key for %4</source>
        <translation>%1 &lt;%2&gt;   huella %3 — una clave nueva de %4</translation>
    </message>
    <message>
        <source>ClearLine checked every signature. This is what importing would add; nothing has changed yet.</source>
        <translation>ClearLine comprobó todas las firmas. Esto es lo que añadiría la importación; todavía no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>ClearLine cannot import this. Nothing has changed.</source>
        <translation>ClearLine no puede importar esto. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Imported. This is what was added.</source>
        <translation>Importado. Esto es lo que se añadió.</translation>
    </message>
    <message>
        <source>Nothing new was added.</source>
        <translation>No se añadió nada nuevo.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::ChecklistPage</name>
    <message>
        <source>Before you send it</source>
        <translation>Antes de enviarla</translation>
    </message>
    <message>
        <source>Tick each statement that is true. Your policy asks for every one of them; the link beside each opens the clause it comes from.</source>
        <translation>Marque cada declaración que sea cierta. Su política las pide todas; el enlace junto a cada una abre la cláusula de la que proviene.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) still to tick.</source>
        <translation>
            <numerusform>Falta %n declaración por marcar.</numerusform>
            <numerusform>Faltan %n declaraciones por marcar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::ui::ContactDialog</name>
    <message>
        <source>A copy went to my &amp;district account</source>
        <translation>Se envió una copia a mi cuenta del &amp;distrito</translation>
    </message>
    <message>
        <source>The student may be at &amp;risk, neglected or harmed</source>
        <translation>El estudiante puede estar en rie&amp;sgo, desatendido o lastimado</translation>
    </message>
    <message>
        <source>The student is my &amp;own child</source>
        <translation>El estudiante es mi &amp;propio hijo o hija</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Registrar un contacto</translation>
    </message>
    <message>
        <source>Initials only, such as J.R.</source>
        <translation>Solo las iniciales, como J.R.</translation>
    </message>
    <message>
        <source>Roster id (optional)</source>
        <translation>Número de lista (opcional)</translation>
    </message>
    <message>
        <source>What was said, or the message itself</source>
        <translation>Qué se dijo, o el mensaje mismo</translation>
    </message>
    <message>
        <source>What your district&apos;s policy says</source>
        <translation>Lo que dice la política de su distrito</translation>
    </message>
    <message>
        <source>Not about a trip</source>
        <translation>No tiene que ver con una excursión</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>C&amp;uándo:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Iniciales:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>M&amp;otivo:</translation>
    </message>
    <message>
        <source>&amp;Trip:</source>
        <translation>E&amp;xcursión:</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Iniciales</translation>
    </message>
    <message>
        <source>Roster id</source>
        <translation>Número de lista</translation>
    </message>
    <message>
        <source>&amp;Save to my log</source>
        <translation>&amp;Guardar en mi registro de contactos</translation>
    </message>
    <message>
        <source>Off-hours: %1</source>
        <translation>Fuera del horario: %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Keep a record: %1</source>
        <translation>Deje constancia: %1</translation>
    </message>
    <message>
        <source>Read the policy&apos;s words</source>
        <translation>Leer el texto de la política</translation>
    </message>
    <message>
        <source>Your district&apos;s policy says nothing against this.</source>
        <translation>La política de su distrito no dice nada en contra de esto.</translation>
    </message>
    <message>
        <source>The entry was not saved: %1</source>
        <translation>No se guardó la entrada: %1</translation>
    </message>
    <message>
        <source>The entry is saved, but the notification record about the student could not be: %1
Report the concern anyway.</source>
        <translation>La entrada se guardó, pero no se pudo guardar el registro de notificación sobre el estudiante: %1
Presente la denuncia de todos modos.</translation>
    </message>
    <message>
        <source>Throw away this entry? What you typed is not saved.</source>
        <translation>¿Descartar esta entrada? Lo que escribió no se ha guardado.</translation>
    </message>
    <message>
        <source>&amp;Throw away</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation>&amp;Seguir escribiendo</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>On the &amp;message:</source>
        <translation>En el me&amp;nsaje:</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>Dispositi&amp;vo:</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>Th&amp;eir phone:</source>
        <translation>&amp;Teléfono de destino:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>I copied the %1 on the message</source>
        <translation>Puse en copia del mensaje a: %1</translation>
    </message>
    <message>
        <source>Not family</source>
        <translation>No es familiar</translation>
    </message>
    <message>
        <source>The student is:</source>
        <translation>El estudiante es:</translation>
    </message>
</context>
<context>
    <name>clearline::ui::ContactLogView</name>
    <message>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <source>Off-hours</source>
        <translation>Fuera del horario escolar</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Señaladas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Initials or roster id</source>
        <translation>Iniciales o número de lista</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Cualquier medio</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Your contact log</source>
        <translation>Su registro de contactos</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>off-hours</source>
        <translation>fuera del horario escolar</translation>
    </message>
    <message>
        <source>student at risk</source>
        <translation>estudiante en riesgo</translation>
    </message>
    <message>
        <source>flagged: %1</source>
        <translation>señalada: %1</translation>
    </message>
    <message>
        <source>forward a copy</source>
        <translation>reenviar una copia</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Ninguna entrada coincide.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::DamageBanner</name>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Your records are damaged</source>
        <translation>Sus registros están dañados</translation>
    </message>
</context>
<context>
    <name>clearline::ui::DelegateDialog</name>
    <message>
        <source>Name a designee</source>
        <translation>Nombrar a una persona designada</translation>
    </message>
    <message>
        <source>ClearLine holds nobody else&apos;s key yet. Import something your designee signed first.</source>
        <translation>ClearLine todavía no tiene la clave de ninguna otra persona. Primero importe algo que haya firmado su persona designada.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Designee:</source>
        <translation>&amp;Persona designada:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo día:</translation>
    </message>
    <message>
        <source>Sign the delegation</source>
        <translation>Firmar la delegación</translation>
    </message>
    <message>
        <source>Your designee can approve, deny and return requests for this role, signed with their own key, from today until the last day you choose. You can end it early.</source>
        <translation>Su persona designada puede aprobar, denegar y devolver solicitudes para este cargo, con la firma de su propia clave, desde hoy hasta el último día que usted elija. Puede terminar la delegación antes.</translation>
    </message>
    <message>
        <source>Choose the designee.</source>
        <translation>Elija a la persona designada.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::DelegationList</name>
    <message>
        <source>When your district&apos;s policy says &quot;or designee&quot;, you can name someone to act for you in that role for a period. Their decisions carry their own signature and say whom they acted for.</source>
        <translation>Cuando la política de su distrito dice &quot;o la persona designada&quot;, usted puede nombrar a alguien para que actúe en su lugar en ese cargo durante un período. Sus decisiones llevan su propia firma e indican en nombre de quién actuó.</translation>
    </message>
    <message>
        <source>&amp;Name a designee…</source>
        <translation>&amp;Nombrar a una persona designada…</translation>
    </message>
    <message>
        <source>&amp;End this delegation…</source>
        <translation>&amp;Terminar esta delegación…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Quién actúa</translation>
    </message>
    <message>
        <source>For</source>
        <translation>En nombre de</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Designees</source>
        <translation>Personas designadas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminada antes de tiempo</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>No designees, given or received.</source>
        <translation>No hay personas designadas: usted no ha nombrado a nadie y nadie le ha nombrado a usted.</translation>
    </message>
    <message>
        <source>End the delegation</source>
        <translation>Terminar la delegación</translation>
    </message>
    <message>
        <source>From now on, only you act in this role. Why end it early?</source>
        <translation>A partir de ahora, solo usted actúa en este cargo. ¿Por qué la termina antes de tiempo?</translation>
    </message>
    <message>
        <source>I am back</source>
        <translation>Ya regresé</translation>
    </message>
</context>
<context>
    <name>clearline::ui::DisclosureView</name>
    <message>
        <source>&amp;Ask for approval…</source>
        <translation>&amp;Solicitar aprobación…</translation>
    </message>
    <message>
        <source>&amp;Record as handed out</source>
        <translation>&amp;Registrar como entregado</translation>
    </message>
    <message>
        <source>&amp;Report misuse of my number…</source>
        <translation>&amp;Informar un uso indebido de mi número…</translation>
    </message>
    <message>
        <source>&amp;Log a contact for this trip…</source>
        <translation>Registrar un &amp;contacto para esta excursión…</translation>
    </message>
    <message>
        <source>&amp;Close the disclosure…</source>
        <translation>Cerrar la &amp;divulgación…</translation>
    </message>
    <message>
        <source>Trip disclosure</source>
        <translation>Divulgación del número para una excursión</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>En qué punto está</translation>
    </message>
    <message>
        <source>The notice to hand out</source>
        <translation>El aviso que debe entregar</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Handed out &amp;to:</source>
        <translation>Entregado &amp;a:</translation>
    </message>
    <message>
        <source>Such as: the team and their parents, at the meeting</source>
        <translation>Por ejemplo: el equipo y sus padres, en la reunión</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>Día y hora</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Contacts logged for this trip</source>
        <translation>Contactos registrados para esta excursión</translation>
    </message>
    <message>
        <source>Contacts logged for this trip, day by day:</source>
        <translation>Contactos registrados para esta excursión, día por día:</translation>
    </message>
    <message>
        <source>Report misuse of my number</source>
        <translation>Informar un uso indebido de mi número</translation>
    </message>
    <message>
        <source>Close the disclosure</source>
        <translation>Cerrar la divulgación</translation>
    </message>
    <message>
        <source>Any follow-up to note (optional):</source>
        <translation>Seguimiento que quiera anotar (opcional):</translation>
    </message>
    <message>
        <source>This trip disclosure is not in your records.</source>
        <translation>Esta divulgación del número para una excursión no está en sus registros.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Misuse of the number reported %n time(s).</source>
        <translation>
            <numerusform>Uso indebido del número informado %n vez.</numerusform>
            <numerusform>Uso indebido del número informado %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number %1, shared with %2.</source>
        <translation>Número %1, compartido con %2.</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Política:</translation>
    </message>
    <message>
        <source>Open the approval request</source>
        <translation>Abrir la solicitud de aprobación</translation>
    </message>
    <message>
        <source>Notice handed out to %1 on %2.</source>
        <translation>Aviso entregado a %1 el %2.</translation>
    </message>
    <message>
        <source>Open the misuse report</source>
        <translation>Abrir el informe de uso indebido</translation>
    </message>
    <message>
        <source>Closing note: %1</source>
        <translation>Nota de cierre: %1</translation>
    </message>
    <message>
        <source>The notice is shown once you may give out the number.</source>
        <translation>El aviso aparece cuando ya pueda dar el número.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy asks for no notice with this number. Tell students and families what it is for when you give it.</source>
        <translation>La política de su distrito no pide ningún aviso con este número. Explique a los estudiantes y a las familias para qué es cuando lo dé.</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>Guardar el aviso como PDF</translation>
    </message>
    <message>
        <source>notice.pdf</source>
        <translation>aviso.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Trip phone number notice</source>
        <translation>Aviso sobre el número de teléfono para la excursión</translation>
    </message>
    <message>
        <source>What happened? Who used the number, when, and for what. It is signed and saved here, and reaches the people your district names when your records next go out (your shared folder, or File, Send records to…).</source>
        <translation>¿Qué pasó? Quién usó el número, cuándo y para qué. Se firma y se guarda aquí, y llega a las personas que su distrito indica la próxima vez que salgan sus registros (su carpeta compartida, o Archivo, Enviar registros a…).</translation>
    </message>
</context>
<context>
    <name>clearline::ui::DonePage</name>
    <message>
        <source>Where your request stands</source>
        <translation>En qué punto está su solicitud</translation>
    </message>
    <message>
        <source>You can follow it under &quot;Your requests&quot; on the home screen.</source>
        <translation>Puede seguirla en &quot;Sus solicitudes&quot;, en la pantalla de inicio.</translation>
    </message>
    <message>
        <source>Signed and saved</source>
        <translation>Firmado y guardado</translation>
    </message>
    <message>
        <source>It is kept on this computer, signed with your key. It reaches the people who must see it when your records next go out: through your shared folder, if ClearLine has one, or when you choose File, Send records to…</source>
        <translation>Se guarda en esta computadora, firmado con su clave. Llega a las personas que deben verlo la próxima vez que salgan sus registros: por su carpeta compartida, si ClearLine tiene una, o cuando elija Archivo, Enviar registros a…</translation>
    </message>
</context>
<context>
    <name>clearline::ui::DutyDoneDialog</name>
    <message>
        <source>&amp;Mark as done</source>
        <translation>&amp;Marcar como hecha</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <source>Have you done this?

%1</source>
        <translation>¿Ya hizo esto?

%1</translation>
    </message>
    <message>
        <source>Have you done this for the school year %1?

%2</source>
        <translation>¿Ya hizo esto para el año escolar %1?

%2</translation>
    </message>
    <message>
        <source>Duty to mark as done</source>
        <translation>Tarea para marcar como hecha</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: what you did, for example &quot;sent by e-mail on 2 September&quot;</source>
        <translation>Opcional: lo que hizo, por ejemplo &quot;enviado por correo electrónico el 2 de septiembre&quot;</translation>
    </message>
    <message>
        <source>Why it could not be marked done</source>
        <translation>Por qué no se pudo marcar como hecha</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>clearline::ui::EnrolmentNote</name>
    <message>
        <source>Waiting for district IT to confirm you as %1.</source>
        <translation>Esperando a que TI del distrito le confirme como %1.</translation>
    </message>
    <message>
        <source>Your enrolment request is in your records: it reaches district IT with your next bundle or through the shared folder. When IT calls, read them your key&apos;s fingerprint: %1. Once they have added you, the new policy reaches you the same way, and what waits for you appears here.</source>
        <translation>Su solicitud de inscripción está en sus registros: llega a TI del distrito con su próximo lote o por la carpeta compartida. Cuando TI llame, léales la huella de su clave: %1. Cuando le hayan añadido, la nueva política le llega por el mismo camino y lo que espera su decisión aparece aquí.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy does not list your key for this role yet, so ClearLine cannot count your decisions. Ask district IT to add you: Enrol makes the request, which travels to them with your records. Your key&apos;s fingerprint is %1.</source>
        <translation>La política de su distrito aún no incluye su clave para este cargo, así que ClearLine no puede contar sus decisiones. Pida a TI del distrito que le añada: Inscribirse hace la solicitud, que les llega con sus registros. La huella de su clave es %1.</translation>
    </message>
    <message>
        <source>&amp;Enrol as %1…</source>
        <translation>&amp;Inscribirse como %1…</translation>
    </message>
    <message>
        <source>A copy to give district IT is in %1.</source>
        <translation>Hay una copia para entregar a TI del distrito en %1.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::FieldEditor</name>
    <message>
        <source>Type or choose the platform</source>
        <translation>Escriba o elija la plataforma</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>year-month-day, like %1</source>
        <translation>año-mes-día, como %1</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Choose %1 from a calendar</source>
        <translation>Elegir %1 en un calendario</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>N&amp;o</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: sí</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: no</translation>
    </message>
    <message>
        <source>name@school.org</source>
        <translation>nombre@escuela.org</translation>
    </message>
    <message>
        <source>hours:minutes, like 15:30</source>
        <translation>horas:minutos, como 15:30</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
</context>
<context>
    <name>clearline::ui::FieldsPage</name>
    <message>
        <source> (optional)</source>
        <translation> (opcional)</translation>
    </message>
    <message>
        <source>Your district&apos;s list of approved platforms is kept by the %1, not in ClearLine: check that yours is on this year&apos;s list.</source>
        <translation>La lista de plataformas aprobadas de su distrito la mantiene %1, no ClearLine: compruebe que la suya esté en la lista de este año.</translation>
    </message>
    <message>
        <source>Check that the platform is on your district&apos;s approved list.</source>
        <translation>Compruebe que la plataforma esté en la lista aprobada de su distrito.</translation>
    </message>
    <message>
        <source>Ask for it to be reviewed instead</source>
        <translation>Pedir que la revisen en su lugar</translation>
    </message>
    <message>
        <source>Still to answer: %1.</source>
        <translation>Falta responder: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The list offered here is last year&apos;s: your district has not yet renewed it for this school year, so your approver will check the platform again.</source>
        <translation>La lista que se ofrece aquí es la del año pasado: su distrito aún no la ha renovado para este año escolar, así que quien aprueba volverá a comprobar la plataforma.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::FolderWatcher</name>
    <message>
        <source>Shared folder not reachable</source>
        <translation>No se puede acceder a la carpeta compartida</translation>
    </message>
    <message>
        <source>Shared folder: up to date (%1)</source>
        <translation>Carpeta compartida: al día (%1)</translation>
    </message>
    <message>
        <source>Shared folder: new at %1: %2</source>
        <translation>Carpeta compartida: novedades a las %1: %2</translation>
    </message>
    <message>
        <source>Syncing with %1 every minute.</source>
        <translation>Sincronizando con %1 cada minuto.</translation>
    </message>
    <message>
        <source>Refused as damaged or changed: %1.</source>
        <translation>Rechazados por estar dañados o modificados: %1.</translation>
    </message>
    <message>
        <source>Bundles in the folder are locked for the people they are for: ClearLine reads those for you, and writes yours, once you sign something in this session.</source>
        <translation>Los paquetes de la carpeta están cerrados para las personas a quienes van: ClearLine lee los suyos, y escribe los que usted envía, en cuanto firme algo en esta sesión.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::HomePage</name>
    <message>
        <source>Welcome to ClearLine</source>
        <translation>Bienvenido a ClearLine</translation>
    </message>
    <message>
        <source>ClearLine helps you follow your district&apos;s rules for communicating with students and families, and keeps the record of what you did.</source>
        <translation>ClearLine le ayuda a seguir las normas de su distrito para comunicarse con estudiantes y familias, y guarda el registro de lo que hizo.</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Registrar un contacto</translation>
    </message>
    <message>
        <source>Write a memo to file</source>
        <translation>Escribir una nota para el archivo</translation>
    </message>
    <message>
        <source>Keep a note of a conversation or event that needs documenting.</source>
        <translation>Deje constancia de una conversación o un hecho que deba documentarse.</translation>
    </message>
    <message>
        <source>Acknowledge this year&apos;s policy</source>
        <translation>Confirmar la política de este año</translation>
    </message>
    <message>
        <source>Read your district&apos;s policy and confirm you have.</source>
        <translation>Lea la política de su distrito y confirme que la leyó.</translation>
    </message>
    <message>
        <source>For principals and approvers</source>
        <translation>Para directores y aprobadores</translation>
    </message>
    <message>
        <source>Review requests</source>
        <translation>Revisar solicitudes</translation>
    </message>
    <message>
        <source>Building overview</source>
        <translation>Resumen de la escuela</translation>
    </message>
    <message>
        <source>Find records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <source>Your memos</source>
        <translation>Sus notas</translation>
    </message>
    <message>
        <source>Your professional accounts</source>
        <translation>Sus cuentas profesionales</translation>
    </message>
    <message>
        <source>Read and acknowledge…</source>
        <translation>Leer y confirmar…</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Sus solicitudes</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>¿Qué desea hacer?</translation>
    </message>
    <message>
        <source>To do for the school year %1: %2, by %3.</source>
        <translation>Pendiente para el año escolar %1: %2, a más tardar el %3.</translation>
    </message>
    <message>
        <source>To do for the school year %1: %2.</source>
        <translation>Pendiente para el año escolar %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2 (registered %3)</source>
        <translation>%1: %2 (registrada el %3)</translation>
    </message>
    <message>
        <source>None yet. An account appears here once its request has gone through.</source>
        <translation>Todavía no hay ninguna. Una cuenta aparece aquí cuando su solicitud se ha completado.</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Requiere su atención</translation>
    </message>
    <message>
        <source>Your trips</source>
        <translation>Sus excursiones</translation>
    </message>
    <message>
        <source>Your contact log</source>
        <translation>Su registro de contactos</translation>
    </message>
    <message>
        <source>Write down a call, text or message with a student or family (Ctrl+Shift+L).</source>
        <translation>Anote una llamada, un mensaje de texto u otro mensaje con un estudiante o una familia (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <source>Share my number for a trip</source>
        <translation>Compartir mi número para una excursión</translation>
    </message>
    <message>
        <source>Give students or families your number for a trip the way your district asks.</source>
        <translation>Dé su número a estudiantes o familias para una excursión como lo pide su distrito.</translation>
    </message>
    <message>
        <source>Approve, deny or return what waits for your decision (Ctrl+Shift+R).</source>
        <translation>Apruebe, deniegue o devuelva lo que espera su decisión (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <source>Search every record and export it as CSV or PDF, for a public-records request (Ctrl+Shift+F).</source>
        <translation>Busque en todos los registros y expórtelos como CSV o PDF, para una solicitud de acceso a registros públicos (Ctrl+Shift+F).</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1, misuse reported</source>
        <translation>%1, uso indebido informado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Forward a copy of your message to %1 (%2) to your district account.</source>
        <translation>Reenvíe a su cuenta del distrito una copia de su mensaje a %1 (%2).</translation>
    </message>
    <message>
        <source>Report your concern about %1, then record when you did.</source>
        <translation>Presente la denuncia sobre su preocupación por %1 y luego registre cuándo lo hizo.</translation>
    </message>
    <message>
        <source>None yet. Use &quot;Share my number for a trip&quot; before you give out your number.</source>
        <translation>Todavía no hay ninguna. Use &quot;Compartir mi número para una excursión&quot; antes de dar su número.</translation>
    </message>
    <message>
        <source>Next step: &quot;%1&quot; is approved. Now send &quot;%2&quot;; your answers are filled in.</source>
        <translation>Siguiente paso: &quot;%1&quot; está aprobada. Ahora envíe &quot;%2&quot;; sus respuestas ya están escritas.</translation>
    </message>
    <message>
        <source>Hand out &quot;%1&quot; for &quot;%2&quot;, then record to whom.</source>
        <translation>Entregue &quot;%1&quot; de &quot;%2&quot; y registre a quién.</translation>
    </message>
    <message>
        <source>See the school&apos;s duties, who has acknowledged the policy and what is open this week.</source>
        <translation>Vea las tareas de la escuela, quién ha confirmado la política y lo pendiente esta semana.</translation>
    </message>
    <message>
        <source>Overdue since %1: %2</source>
        <translation>Vencida desde el %1: %2</translation>
    </message>
    <message>
        <source>Due soon, by %1: %2</source>
        <translation>Vence pronto, el %1: %2</translation>
    </message>
    <message>
        <source>To do by %1: %2</source>
        <translation>Por hacer antes del %1: %2</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>Por hacer: %1</translation>
    </message>
    <message>
        <source>Open to mark it as done.</source>
        <translation>Ábrala para marcarla como hecha.</translation>
    </message>
    <message>
        <source>Renew the list of approved platforms</source>
        <translation>Renovar la lista de plataformas aprobadas</translation>
    </message>
    <message>
        <source>Your district&apos;s list of approved platforms lives in its policy pack. Send this year&apos;s list to whoever looks after the pack (district IT); this reminder goes away when the updated pack arrives. Until then, approvers are asked to check each platform again.</source>
        <translation>La lista de plataformas aprobadas de su distrito está en su paquete de política. Envíe la lista de este año a quien mantiene el paquete (informática del distrito); este recordatorio desaparece cuando llega el paquete actualizado. Mientras tanto, se pide a quienes aprueban que comprueben cada plataforma de nuevo.</translation>
    </message>
    <message>
        <source>Open to see how it is done.</source>
        <translation>Ábralo para ver cómo se hace.</translation>
    </message>
    <message>
        <source>%1 (your contact with %2, %3)</source>
        <translation>%1 (su contacto con %2, %3)</translation>
    </message>
    <message>
        <source>By %1: %2</source>
        <translation>Antes de %1: %2</translation>
    </message>
</context>
<context>
    <name>clearline::ui::IntroPage</name>
    <message>
        <source>What your policy says about it:</source>
        <translation>Lo que dice su política al respecto:</translation>
    </message>
    <message>
        <source>Other ways your policy offers:</source>
        <translation>Otras opciones que ofrece su política:</translation>
    </message>
    <message>
        <source>Your answers are kept as a draft as you go: you can close this window at any time and finish later from the home screen.</source>
        <translation>Sus respuestas se guardan como borrador a medida que avanza: puede cerrar esta ventana en cualquier momento y terminar más tarde desde la pantalla de inicio.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::MainWindow</name>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About ClearLine</source>
        <translation>A&amp;cerca de ClearLine</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>New &amp;memo to file…</source>
        <translation>&amp;Nueva nota para el archivo…</translation>
    </message>
    <message>
        <source>Your &amp;profile…</source>
        <translation>Su &amp;perfil…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Edit a policy pack…</source>
        <translation>&amp;Editar un paquete de política…</translation>
    </message>
    <message>
        <source>Your district&apos;s &amp;policy</source>
        <translation>&amp;Política de su distrito</translation>
    </message>
    <message>
        <source>Open a policy pack</source>
        <translation>Abrir un paquete de política</translation>
    </message>
    <message>
        <source>Policy packs (pack.yaml *.yaml)</source>
        <translation>Paquetes de política (pack.yaml *.yaml)</translation>
    </message>
    <message>
        <source>Policy pack</source>
        <translation>Paquete de política</translation>
    </message>
    <message>
        <source>Authoring mode: this pack is %1. Staff never see an unsigned pack.</source>
        <translation>Modo de autoría (este paquete: %1). El personal nunca ve un paquete sin firmar.</translation>
    </message>
    <message>
        <source>Authoring mode: unsigned policy packs load.</source>
        <translation>Modo de autoría: se cargan paquetes de política sin firmar.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Your district&apos;s policy no longer has this kind of request (%1); the draft is kept.</source>
        <translation>La política de su distrito ya no tiene este tipo de solicitud (%1); el borrador se conserva.</translation>
    </message>
    <message>
        <source>Signed: your acknowledgment of this year&apos;s policy is in your records.</source>
        <translation>Firmado: su confirmación de lectura de la política de este año está en sus registros.</translation>
    </message>
    <message>
        <source>Records from %1 wait for you: review…</source>
        <translation>Hay registros de %1 pendientes para usted: revisar…</translation>
    </message>
    <message>
        <source>Log a &amp;contact…</source>
        <translation>Registrar un &amp;contacto…</translation>
    </message>
    <message>
        <source>Share my number for a &amp;trip…</source>
        <translation>Compartir mi número para una &amp;excursión…</translation>
    </message>
    <message>
        <source>&amp;Review requests…</source>
        <translation>&amp;Revisar solicitudes…</translation>
    </message>
    <message>
        <source>&amp;Find records…</source>
        <translation>&amp;Buscar registros…</translation>
    </message>
    <message>
        <source>Sen&amp;d records to…</source>
        <translation>En&amp;viar registros a…</translation>
    </message>
    <message>
        <source>&amp;Import records…</source>
        <translation>&amp;Importar registros…</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <source>ClearLine bundles (*.clbundle)</source>
        <translation>Lotes de ClearLine (*.clbundle)</translation>
    </message>
    <message>
        <source>Contact saved to your log.</source>
        <translation>Contacto guardado en su registro de contactos.</translation>
    </message>
    <message>
        <source>Trip disclosure</source>
        <translation>Divulgación del número para una excursión</translation>
    </message>
    <message>
        <source>The request was sent, but could not be linked to the trip: %1</source>
        <translation>La solicitud se envió, pero no se pudo vincular a la excursión: %1</translation>
    </message>
    <message>
        <source>Forward a copy</source>
        <translation>Reenviar una copia</translation>
    </message>
    <message>
        <source>Have you forwarded a copy of this message to your district account?</source>
        <translation>¿Reenvió una copia de este mensaje a su cuenta del distrito?</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Denuncia presentada</translation>
    </message>
    <message>
        <source>You reported the concern now. To whom (names or agency)?</source>
        <translation>Usted presentó la denuncia ahora. ¿Ante quién (nombres o agencia)?</translation>
    </message>
    <message>
        <source>Signed: the duty is marked done in your records.</source>
        <translation>Firmado: la tarea queda marcada como hecha en sus registros.</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>You did this now. A few words on what you did (optional):</source>
        <translation>Lo ha hecho ahora. Unas palabras sobre lo que hizo (opcional):</translation>
    </message>
</context>
<context>
    <name>clearline::ui::MemoDialog</name>
    <message>
        <source>&amp;File memo</source>
        <translation>&amp;Archivar nota</translation>
    </message>
    <message>
        <source>Memo to file</source>
        <translation>Nota para el archivo</translation>
    </message>
    <message>
        <source>Memo title</source>
        <translation>Título de la nota</translation>
    </message>
    <message>
        <source>For example: Call with a parent about Saturday&apos;s bus</source>
        <translation>Por ejemplo: Llamada con un padre de familia sobre el autobús del sábado</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>When it was, who it was with (initials are enough), the channel, and what was said.</source>
        <translation>Cuándo fue, con quién (bastan las iniciales), por qué medio y qué se dijo.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Memo status</source>
        <translation>Estado de la nota</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>Ad&amp;juntar un archivo…</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Descartar borrador</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Qué pasó:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>What you type is kept as a draft until you file it.</source>
        <translation>Lo que escriba se guarda como borrador hasta que lo archive.</translation>
    </message>
    <message>
        <source>This is your draft from before. File it when it is ready.</source>
        <translation>Este es su borrador anterior. Archívelo cuando esté listo.</translation>
    </message>
    <message>
        <source>Your draft could not be kept: %1</source>
        <translation>No se pudo guardar su borrador: %1</translation>
    </message>
    <message>
        <source>Draft kept.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>The memo was not filed.</source>
        <translation>La nota no se archivó.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::MemoList</name>
    <message>
        <source>You have not written any memos yet.</source>
        <translation>Todavía no ha escrito ninguna nota.</translation>
    </message>
    <message>
        <source>Your memos</source>
        <translation>Sus notas</translation>
    </message>
    <message>
        <source>Draft, not filed yet: %1</source>
        <translation>Borrador, aún sin archivar: %1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>%1, filed %2</source>
        <translation>%1, archivada el %2</translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation> (corregida)</translation>
    </message>
</context>
<context>
    <name>clearline::ui::NewDisclosureDialog</name>
    <message>
        <source>The school &amp;sponsors it</source>
        <translation>La e&amp;scuela la patrocina</translation>
    </message>
    <message>
        <source>Share my number for a trip</source>
        <translation>Compartir mi número para una excursión</translation>
    </message>
    <message>
        <source>Such as: Varsity soccer at Andover</source>
        <translation>Por ejemplo: Fútbol del equipo principal en Andover</translation>
    </message>
    <message>
        <source>Such as: 978-555-0142</source>
        <translation>Por ejemplo: 978-555-0142</translation>
    </message>
    <message>
        <source>My personal cell phone</source>
        <translation>Mi celular personal</translation>
    </message>
    <message>
        <source>My home phone</source>
        <translation>El teléfono de mi casa</translation>
    </message>
    <message>
        <source>What your district&apos;s policy says</source>
        <translation>Lo que dice la política de su distrito</translation>
    </message>
    <message>
        <source>&amp;Trip or event:</source>
        <translation>&amp;Excursión o evento:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Primer día:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Últi&amp;mo día:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>&amp;Number of students:</source>
        <translation>&amp;Número de estudiantes:</translation>
    </message>
    <message>
        <source>G&amp;rades:</source>
        <translation>G&amp;rados:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>Número de &amp;teléfono:</translation>
    </message>
    <message>
        <source>&amp;Kind of number:</source>
        <translation>T&amp;ipo de número:</translation>
    </message>
    <message>
        <source>Shared &amp;with:</source>
        <translation>Compartido &amp;con:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your district&apos;s policy does not allow this.&lt;/b&gt;</source>
        <translation>&lt;b&gt;La política de su distrito no permite esto.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Instead:</source>
        <translation>En su lugar:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ask first.&lt;/b&gt; Your district asks for approval before you give out this number: once you save, ask for it with &quot;%1&quot;.</source>
        <translation>&lt;b&gt;Pida permiso antes.&lt;/b&gt; Su distrito pide aprobación antes de que usted dé este número: cuando guarde, solicítela con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your district discourages this.&lt;/b&gt; You may go ahead once you confirm the limited purpose; it is logged.</source>
        <translation>&lt;b&gt;Su distrito desaconseja esto.&lt;/b&gt; Puede continuar cuando confirme el propósito limitado; queda registrado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your district&apos;s policy allows this.&lt;/b&gt; It is logged with your records.</source>
        <translation>&lt;b&gt;La política de su distrito permite esto.&lt;/b&gt; Se guarda junto con sus registros.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::NoticeDialog</name>
    <message>
        <source>&amp;Record as handed out</source>
        <translation>&amp;Registrar como entregado</translation>
    </message>
    <message>
        <source>Notice to hand out</source>
        <translation>Aviso para entregar</translation>
    </message>
    <message>
        <source>Which notice</source>
        <translation>Qué aviso</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>Idioma del aviso</translation>
    </message>
    <message>
        <source>The notice&apos;s text</source>
        <translation>El texto del aviso</translation>
    </message>
    <message>
        <source>Such as: the parents of Room 12, by e-mail</source>
        <translation>Por ejemplo: los padres del aula 12, por correo electrónico</translation>
    </message>
    <message>
        <source>Handed out to</source>
        <translation>Entregado a</translation>
    </message>
    <message>
        <source>When it was handed out</source>
        <translation>Cuándo se entregó</translation>
    </message>
    <message>
        <source>&amp;Copy the text</source>
        <translation>&amp;Copiar el texto</translation>
    </message>
    <message>
        <source>Copy the notice&apos;s text</source>
        <translation>Copiar el texto del aviso</translation>
    </message>
    <message>
        <source>Record that the notice was handed out</source>
        <translation>Registrar que el aviso se entregó</translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation>&amp;Aviso:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Handed &amp;out to:</source>
        <translation>E&amp;ntregado a:</translation>
    </message>
    <message>
        <source>Your district&apos;s policy asks for no notice with this request.</source>
        <translation>La política de su distrito no pide ningún aviso con esta solicitud.</translation>
    </message>
    <message>
        <source>Handed out to %1 on %2.</source>
        <translation>Entregado a %1 el %2.</translation>
    </message>
    <message>
        <source>Not handed out yet.</source>
        <translation>Todavía no se ha entregado.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::PackEditor</name>
    <message>
        <source>%1 approves</source>
        <translation>%1 aprueba</translation>
    </message>
    <message>
        <source>%1 is notified</source>
        <translation>%1 recibe un aviso</translation>
    </message>
    <message>
        <source>%1 acknowledges</source>
        <translation>%1 confirma la recepción</translation>
    </message>
    <message>
        <source>, before “%1”</source>
        <translation>, antes de “%1”</translation>
    </message>
    <message numerus="yes">
        <source>, within %n day(s)</source>
        <translation>
            <numerusform>, en un plazo de %n día</numerusform>
            <numerusform>, en un plazo de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy pack editor</source>
        <translation>Editor de paquetes de política</translation>
    </message>
    <message>
        <source>Pack text</source>
        <translation>Texto del paquete</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Preview of the procedures</source>
        <translation>Vista previa de los trámites</translation>
    </message>
    <message>
        <source>Pack status</source>
        <translation>Estado del paquete</translation>
    </message>
    <message>
        <source>Preview for staff</source>
        <translation>Vista previa para el personal</translation>
    </message>
    <message>
        <source>ClearLine could not open %1.</source>
        <translation>ClearLine no pudo abrir %1.</translation>
    </message>
    <message>
        <source>ClearLine could not save %1. Save it under another name.</source>
        <translation>ClearLine no pudo guardar %1. Guárdelo con otro nombre.</translation>
    </message>
    <message>
        <source>%1 — Policy pack editor</source>
        <translation>%1 — Editor de paquetes de política</translation>
    </message>
    <message>
        <source>pack.yaml</source>
        <translation>pack.yaml</translation>
    </message>
    <message>
        <source>Valid: %1, %2 clauses, %3 rules, %4 procedures. Not signed (draft).</source>
        <translation>Válido: %1, %2 cláusulas, %3 reglas, %4 trámites. Sin firmar (borrador).</translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s): the pack would be refused. Double-click one to go to it.</source>
        <translation>
            <numerusform>%n error: el paquete sería rechazado. Haga doble clic en él para ir a su línea.</numerusform>
            <numerusform>%n errores: el paquete sería rechazado. Haga doble clic en uno para ir a su línea.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Información que se pide</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (obligatorio)</translation>
    </message>
    <message>
        <source>The person confirms</source>
        <translation>La persona confirma</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>, and at the same time </source>
        <translation>, y al mismo tiempo </translation>
    </message>
    <message>
        <source>Kept as a record; nobody needs to approve it.</source>
        <translation>Se guarda como registro; nadie tiene que aprobarlo.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the policy pack</source>
        <translation>Guardar el paquete de política</translation>
    </message>
    <message>
        <source>Policy packs (pack.yaml *.yaml)</source>
        <translation>Paquetes de política (pack.yaml *.yaml)</translation>
    </message>
    <message>
        <source>Policy pack</source>
        <translation>Paquete de política</translation>
    </message>
    <message>
        <source>Saved; sign it again before staff use it.</source>
        <translation>Guardado; fírmelo de nuevo antes de que el personal lo use.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::PassphrasePrompt</name>
    <message>
        <source>Your passphrase</source>
        <translation>Su frase de contraseña</translation>
    </message>
    <message>
        <source>This computer has no key store, so your signing key will be kept in a file protected by a passphrase.
Choose a passphrase of at least 8 characters that you will remember:</source>
        <translation>Esta computadora no tiene almacén de claves, así que su clave de firma se guardará en un archivo protegido por una frase de contraseña.
Elija una frase de contraseña de al menos 8 caracteres que pueda recordar:</translation>
    </message>
    <message>
        <source>Type the same passphrase again:</source>
        <translation>Escriba de nuevo la misma frase de contraseña:</translation>
    </message>
    <message>
        <source>The two passphrases were not the same. Try again.</source>
        <translation>Las dos frases de contraseña no coinciden. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects your signing key:</source>
        <translation>Escriba la frase de contraseña que protege su clave de firma:</translation>
    </message>
    <message>
        <source>That passphrase was not right. Try again:</source>
        <translation>Esa frase de contraseña no es correcta. Vuelva a intentarlo:</translation>
    </message>
</context>
<context>
    <name>clearline::ui::PolicyViewer</name>
    <message>
        <source>District policy</source>
        <translation>Política del distrito</translation>
    </message>
    <message>
        <source>Search the policy</source>
        <translation>Buscar en la política</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>clearline::ui::ProfileDialog</name>
    <message>
        <source>Check my records again</source>
        <translation>Volver a comprobar mis registros</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Su perfil</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Cargos:</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>ninguno indicado</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Huella digital de la clave</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Huella digital de la clave:</translation>
    </message>
    <message>
        <source>Your key is kept:</source>
        <translation>Su clave se guarda:</translation>
    </message>
    <message>
        <source>in this computer&apos;s key store</source>
        <translation>en el almacén de claves de esta computadora</translation>
    </message>
    <message>
        <source>in your profile folder, protected by your passphrase</source>
        <translation>en la carpeta de su perfil, protegida por su frase de contraseña</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Records check</source>
        <translation>Comprobación de registros</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>Your records are not open.</source>
        <translation>Sus registros no están abiertos.</translation>
    </message>
    <message>
        <source>Checking every signature…</source>
        <translation>Comprobando cada firma…</translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) check out: every signature and link is intact.</source>
        <translation>
            <numerusform>Su %n registro está en orden: su firma y sus enlaces están intactos.</numerusform>
            <numerusform>Los %n registros están en orden: todas las firmas y los enlaces están intactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something is wrong with your records: %1%2. Ask your IT staff to look at them before you file more.</source>
        <translation>Algo no está bien en sus registros: %1%2. Pida al personal de informática que los revise antes de archivar más.</translation>
    </message>
    <message>
        <source>revision %1: </source>
        <translation>versión %1: </translation>
    </message>
    <message>
        <source>You have no records yet.</source>
        <translation>Todavía no tiene registros.</translation>
    </message>
    <message numerus="yes">
        <source>The latest good backup was made %1: %2. ClearLine makes one each day you work and keeps %n day(s) of them.</source>
        <translation>
            <numerusform>La última copia de seguridad en buen estado se hizo %1: %2. ClearLine hace una cada día que trabaja y guarda %n día de ellas.</numerusform>
            <numerusform>La última copia de seguridad en buen estado se hizo %1: %2. ClearLine hace una cada día que trabaja y guarda %n días de ellas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No backup yet. ClearLine makes one each day you work, once you have records, and keeps %n day(s) of them.</source>
        <translation>
            <numerusform>Todavía no hay copias de seguridad. ClearLine hace una cada día que trabaja, cuando ya tiene registros, y guarda %n día de ellas.</numerusform>
            <numerusform>Todavía no hay copias de seguridad. ClearLine hace una cada día que trabaja, cuando ya tiene registros, y guarda %n días de ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Copias de seguridad:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <source>Copy public &amp;key</source>
        <translation>Copiar la clave &amp;pública</translation>
    </message>
    <message>
        <source>District IT needs it to confirm you in a role; anyone may see it.</source>
        <translation>El departamento de informática del distrito la necesita para confirmarle en un rol; cualquiera puede verla.</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Clave pública:</translation>
    </message>
</context>
<context>
    <name>clearline::ui::ProfileSession</name>
    <message>
        <source>Your records are not open, so nothing can be saved.</source>
        <translation>Sus registros no están abiertos, así que no se puede guardar nada.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::RecordInspector</name>
    <message>
        <source>Record and its history</source>
        <translation>Registro y su historial</translation>
    </message>
    <message>
        <source>Signed data</source>
        <translation>Datos firmados</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corregir…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>%1: signed with key %2</source>
        <translation>%1: firmada con la clave %2</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Motivo indicado: %1</translation>
    </message>
    <message>
        <source>Withdraw the request</source>
        <translation>Retirar la solicitud</translation>
    </message>
    <message>
        <source>Why do you withdraw it? The request stays in your records, marked as withdrawn.</source>
        <translation>¿Por qué la retira? La solicitud se queda en sus registros, marcada como retirada.</translation>
    </message>
    <message>
        <source>Say why, so that the record explains it.</source>
        <translation>Indique el motivo, para que el registro lo explique.</translation>
    </message>
    <message>
        <source>&amp;Notice…</source>
        <translation>&amp;Aviso…</translation>
    </message>
    <message>
        <source>The notice to hand out</source>
        <translation>El aviso para entregar</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>Retención &amp;legal…</translation>
    </message>
    <message>
        <source>On legal hold: %1</source>
        <translation>En retención legal: %1</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Release legal &amp;hold…</source>
        <translation>Levantar retención &amp;legal…</translation>
    </message>
    <message>
        <source>Release the legal hold on this record</source>
        <translation>Levantar la retención legal de este registro</translation>
    </message>
    <message>
        <source>Place a legal hold on this record</source>
        <translation>Poner una retención legal sobre este registro</translation>
    </message>
    <message>
        <source>Release the legal hold</source>
        <translation>Levantar la retención legal</translation>
    </message>
    <message>
        <source>Release the legal hold? The record can then come due again.</source>
        <translation>¿Levantar la retención legal? El registro podrá volver a vencer.</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Retención legal</translation>
    </message>
    <message>
        <source>Why must this record be kept (a lawsuit, a public-records request …)? The reason is signed with the hold.</source>
        <translation>¿Por qué hay que conservar este registro (una demanda, una solicitud de registros públicos …)? El motivo se firma con la retención.</translation>
    </message>
    <message>
        <source>Who can see this</source>
        <translation>Quién puede verlo</translation>
    </message>
</context>
<context>
    <name>clearline::ui::RecordPageModel</name>
    <message>
        <source>Every revision matches its hash and carries a valid signature by a trusted key.</source>
        <translation>Cada versión coincide con su hash y lleva una firma válida de una clave de confianza.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NO verificado</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Verified; does NOT count</source>
        <translation>Verificado; NO cuenta</translation>
    </message>
    <message>
        <source>NOT verified; does NOT count</source>
        <translation>NO verificado; NO cuenta</translation>
    </message>
</context>
<context>
    <name>clearline::ui::RecordSummary</name>
    <message>
        <source>Attached: %1 (%2)</source>
        <translation>Adjunto: %1 (%2)</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Acknowledgment</source>
        <translation>Confirmación de lectura</translation>
    </message>
    <message>
        <source>Duty done</source>
        <translation>Tarea hecha</translation>
    </message>
</context>
<context>
    <name>clearline::ui::RecordsWindow</name>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <source>Find records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <source>Words to find in any record (empty: all records)</source>
        <translation>Palabras que buscar en cualquier registro (vacío: todos los registros)</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Palabras de búsqueda</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Registros encontrados</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This profile has no records yet.</source>
        <translation>Este perfil todavía no tiene registros.</translation>
    </message>
    <message>
        <source>name or e-mail</source>
        <translation>nombre o correo electrónico</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <source>initials or id</source>
        <translation>iniciales o número</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Any school</source>
        <translation>Cualquier escuela</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation>Cambiado desde</translation>
    </message>
    <message>
        <source>Changed until</source>
        <translation>Cambiado hasta</translation>
    </message>
    <message>
        <source>&amp;Written by:</source>
        <translation>&amp;Escrito por:</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>Es&amp;tudiante:</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>Escue&amp;la:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No records match.</source>
        <translation>Ningún registro coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) match.</source>
        <translation>
            <numerusform>%Ln registro coincide.</numerusform>
            <numerusform>%Ln registros coinciden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln record(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %Ln registro en %1.</numerusform>
            <numerusform>Se escribieron %Ln registros en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of them are NOT verified: see the verification column.</source>
        <translation>%1 de ellos NO están verificados: consulte la columna de verificación.</translation>
    </message>
    <message>
        <source>Making the paper copy…</source>
        <translation>Preparando la copia en papel…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Export the records as CSV</source>
        <translation>Exportar los registros como CSV</translation>
    </message>
    <message>
        <source>records.csv</source>
        <translation>registros.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the records as PDF</source>
        <translation>Guardar los registros como PDF</translation>
    </message>
    <message>
        <source>records.pdf</source>
        <translation>registros.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Retention due…</source>
        <translation>Conse&amp;rvación vencida…</translation>
    </message>
    <message>
        <source>Records whose retention period has ended</source>
        <translation>Registros cuyo plazo de conservación ha terminado</translation>
    </message>
    <message>
        <source>Only records you may see are included.</source>
        <translation>Solo se incluyen los registros que usted puede ver.</translation>
    </message>
    <message>
        <source>The paper copy is too long for one PDF file, so it was saved in %1 parts: %2.</source>
        <translation>La copia en papel es demasiado larga para un solo archivo PDF, así que se guardó en %1 partes: %2.</translation>
    </message>
    <message>
        <source>Making part %1 of %2 of the paper copy…</source>
        <translation>Haciendo la parte %1 de %2 de la copia en papel…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Impri&amp;mir…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Sent to the printer in %1 parts.</source>
        <translation>Enviado a la impresora en %1 partes.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Printing part %1 of %2…</source>
        <translation>Imprimiendo la parte %1 de %2…</translation>
    </message>
    <message>
        <source>ClearLine could not lay out the paper copy, so nothing was printed. Narrow the search, or export CSV.</source>
        <translation>ClearLine no pudo componer la copia en papel, así que no se imprimió nada. Acote la búsqueda o exporte CSV.</translation>
    </message>
    <message>
        <source>The printer did not take the records. Check that it is on and connected, and try again.</source>
        <translation>La impresora no aceptó los registros. Compruebe que esté encendida y conectada, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>ClearLine records</source>
        <translation>Registros de ClearLine</translation>
    </message>
    <message>
        <source>Print the records</source>
        <translation>Imprimir los registros</translation>
    </message>
</context>
<context>
    <name>clearline::ui::RequestList</name>
    <message>
        <source>You have no requests yet. Choose what you want to do above.</source>
        <translation>Todavía no tiene solicitudes. Elija arriba lo que desea hacer.</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Sus solicitudes</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Qué pasa después</translation>
    </message>
</context>
<context>
    <name>clearline::ui::RequestWizard</name>
    <message>
        <source>§%1</source>
        <translation>§%1</translation>
    </message>
    <message>
        <source>§%1 %2</source>
        <translation>§%1 %2</translation>
    </message>
    <message>
        <source>From your policy: %1</source>
        <translation>De su política: %1</translation>
    </message>
    <message>
        <source>Open your policy at §%1 %2</source>
        <translation>Abrir su política en §%1 %2</translation>
    </message>
    <message>
        <source>Policy clause %1: %2</source>
        <translation>Cláusula %1 de la política: %2</translation>
    </message>
    <message>
        <source>Correct: %1</source>
        <translation>Corregir: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close and keep draft</source>
        <translation>Cerrar y guardar el borrador</translation>
    </message>
    <message>
        <source>&amp;Sign and send correction</source>
        <translation>&amp;Firmar y enviar la corrección</translation>
    </message>
    <message>
        <source>&amp;Sign and send</source>
        <translation>&amp;Firmar y enviar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Your answers could not be kept as a draft: %1</source>
        <translation>No se pudieron guardar sus respuestas como borrador: %1</translation>
    </message>
</context>
<context>
    <name>clearline::ui::RetentionDueDialog</name>
    <message>
        <source>Retention due</source>
        <translation>Conservación vencida</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Records whose retention period has ended</source>
        <translation>Registros cuyo plazo de conservación ha terminado</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>Retención &amp;legal…</translation>
    </message>
    <message>
        <source>Place a legal hold on the selected record</source>
        <translation>Poner una retención legal sobre el registro seleccionado</translation>
    </message>
    <message>
        <source>ClearLine deletes nothing. Decide about each record as your district&apos;s records schedule says, or keep it with a legal hold.</source>
        <translation>ClearLine no borra nada. Decida sobre cada registro según el calendario de conservación de su distrito, o consérvelo con una retención legal.</translation>
    </message>
    <message>
        <source>No district policy is in use, so no record has a retention period.</source>
        <translation>No se usa ninguna política de distrito, así que ningún registro tiene plazo de conservación.</translation>
    </message>
    <message numerus="yes">
        <source>Records whose retention period has ended by %1: %n record(s)</source>
        <translation>
            <numerusform>Registros cuyo plazo de conservación ha terminado el %1: %n registro</numerusform>
            <numerusform>Registros cuyo plazo de conservación ha terminado el %1: %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a record to hold.</source>
        <translation>Elija un registro para retener.</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Retención legal</translation>
    </message>
    <message>
        <source>Why must this record be kept (a lawsuit, a public-records request …)? The reason is signed with the hold.</source>
        <translation>¿Por qué hay que conservar este registro (una demanda, una solicitud de registros públicos …)? El motivo se firma con la retención.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::ReviewPage</name>
    <message>
        <source>Check and send</source>
        <translation>Revisar y enviar</translation>
    </message>
    <message>
        <source>When you send it, ClearLine signs the request with your key and keeps it in your records. After that it can be corrected or withdrawn, never erased.</source>
        <translation>Cuando la envíe, ClearLine firmará la solicitud con su clave y la guardará en sus registros. Después se podrá corregir o retirar, pero nunca borrar.</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>Su solicitud</translation>
    </message>
    <message>
        <source>&amp;Why are you correcting it?</source>
        <translation>¿&amp;Por qué la corrige?</translation>
    </message>
    <message>
        <source>Why are you correcting it?</source>
        <translation>¿Por qué la corrige?</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message numerus="yes">
        <source>You confirmed all %n statement(s) of the checklist.</source>
        <translation>
            <numerusform>Usted confirmó %n declaración de la lista de verificación.</numerusform>
            <numerusform>Usted confirmó las %n declaraciones de la lista de verificación.</numerusform>
        </translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Qué pasa después</translation>
    </message>
    <message>
        <source>Nobody needs to approve this: it is kept as your record.</source>
        <translation>Nadie tiene que aprobar esto: se guarda como registro suyo.</translation>
    </message>
    <message>
        <source>and at the same time, </source>
        <translation>y al mismo tiempo, </translation>
    </message>
</context>
<context>
    <name>clearline::ui::ReviewWorkspace</name>
    <message>
        <source>Overdue: before %1</source>
        <translation>Atrasada: antes del %1</translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>Antes del %1</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Re&amp;turn for changes</source>
        <translation>De&amp;volver para cambios</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Denegar</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Review requests</source>
        <translation>Revisar solicitudes</translation>
    </message>
    <message>
        <source>&amp;Waiting for you</source>
        <translation>Pendientes para &amp;usted</translation>
    </message>
    <message>
        <source>&amp;Building overview</source>
        <translation>&amp;Resumen de la escuela</translation>
    </message>
    <message>
        <source>De&amp;signees</source>
        <translation>Personas de&amp;signadas</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>Es&amp;cuela:</translation>
    </message>
    <message>
        <source>Asked b&amp;y:</source>
        <translation>Solicitada p&amp;or:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>Por decidir</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>For your information</source>
        <translation>Para su información</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Pendientes para usted</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La solicitud</translation>
    </message>
    <message>
        <source>Your comment to the person who asked (needed to deny or return)</source>
        <translation>Su comentario para la persona que hizo la solicitud (necesario para denegar o devolver)</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Su comentario</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Sign your approval (Ctrl+Return)</source>
        <translation>Firmar su aprobación (Ctrl+Return)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Todas las escuelas</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>For your information: %1</source>
        <translation>Para su información: %1</translation>
    </message>
    <message>
        <source> (for %1)</source>
        <translation> (en nombre de %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>No hay nada pendiente para usted.</translation>
    </message>
    <message numerus="yes">
        <source>%n to decide</source>
        <translation>
            <numerusform>%n por decidir</numerusform>
            <numerusform>%n por decidir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n atrasada</numerusform>
            <numerusform>, %n atrasadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n for your information</source>
        <translation>
            <numerusform>, %n para su información</numerusform>
            <numerusform>, %n para su información</numerusform>
        </translation>
    </message>
    <message>
        <source> (filtered: %1 in all)</source>
        <translation> (con filtro: %1 en total)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing is selected. What waits for you appears on the left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay nada seleccionado. Lo que está pendiente para usted aparece a la izquierda.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Marcar como &amp;leído</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>Confirmar r&amp;ecepción</translation>
    </message>
    <message>
        <source>You %1 &quot;%2&quot;; your signature is on it.</source>
        <translation>&quot;%2&quot;: %1 por usted; lleva su firma.</translation>
    </message>
    <message>
        <source>Save the request as PDF</source>
        <translation>Guardar la solicitud como PDF</translation>
    </message>
    <message>
        <source>%1.pdf</source>
        <translation>%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>ClearLine could not save %1.</source>
        <translation>ClearLine no pudo guardar %1.</translation>
    </message>
    <message>
        <source>Urgent: %1</source>
        <translation>Urgente: %1</translation>
    </message>
    <message>
        <source>%1 urgent, </source>
        <translation>urgentes: %1, </translation>
    </message>
</context>
<context>
    <name>clearline::ui::SendBundleDialog</name>
    <message>
        <source>Send records to…</source>
        <translation>Enviar registros a…</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>records</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>Save the records to send</source>
        <translation>Guardar los registros que se van a enviar</translation>
    </message>
    <message>
        <source>ClearLine bundles (*.clbundle)</source>
        <translation>Lotes de ClearLine (*.clbundle)</translation>
    </message>
    <message>
        <source>Your e-mail program could not attach it by itself: attach this file to a message to them from the folder that just opened.</source>
        <translation>Su programa de correo electrónico no pudo adjuntarlo por sí solo: adjunte este archivo a un mensaje para esa persona desde la carpeta que se acaba de abrir.</translation>
    </message>
    <message>
        <source>Saved %1: %2.</source>
        <translation>Se guardó %1: %2.</translation>
    </message>
    <message>
        <source>ClearLine records from %1</source>
        <translation>Registros de ClearLine de %1</translation>
    </message>
    <message>
        <source>A full backup for yourself (everything on this computer)</source>
        <translation>Una copia de seguridad completa para usted (todo lo que hay en este equipo)</translation>
    </message>
    <message>
        <source>ClearLine puts what this person may see and does not have yet in one signed file, then opens your e-mail program with it attached. They open it in ClearLine with File › Import records.</source>
        <translation>ClearLine pone en un archivo firmado lo que esta persona puede ver y aún no tiene, y abre su programa de correo con el archivo adjunto. La persona lo abre en ClearLine con Archivo › Importar registros.</translation>
    </message>
    <message>
        <source>Send &amp;again what they already have</source>
        <translation>Enviar de &amp;nuevo lo que ya tiene</translation>
    </message>
    <message>
        <source>For someone who may now see more than before, such as a new designee: everything they may see goes in, also what they were sent before.</source>
        <translation>Para quien ahora puede ver más que antes, como una nueva persona designada: entra todo lo que puede ver, también lo que se le envió antes.</translation>
    </message>
    <message>
        <source>Saved %1: a full backup of everything this profile holds, records about students included. Only you can open it, with your key. Keep it safe, and send it to nobody.</source>
        <translation>Guardado %1: una copia de seguridad completa de todo lo que guarda este perfil, incluidos los registros sobre estudiantes. Solo usted puede abrirla, con su clave. Guárdela en un lugar seguro y no la envíe a nadie.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::SettingsDialog</name>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Igual que el sistema (%1)</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Ajustes no guardados</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Elegir la carpeta compartida</translation>
    </message>
    <message>
        <source>Your district&apos;s IT staff set this for everyone on this computer.</source>
        <translation>El personal de informática de su distrito fijó esto para todas las personas de esta computadora.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::SetupDialog</name>
    <message>
        <source>Create my profile</source>
        <translation>Crear mi perfil</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <source>Type your district e-mail address, like name@yourdistrict.org.</source>
        <translation>Escriba su dirección de correo electrónico del distrito, como nombre@sudistrito.org.</translation>
    </message>
    <message>
        <source>Choose your district</source>
        <translation>Elija su distrito</translation>
    </message>
    <message>
        <source>Choose your district.</source>
        <translation>Elija su distrito.</translation>
    </message>
    <message>
        <source>Several schools, or the district office</source>
        <translation>Varias escuelas, o la oficina del distrito</translation>
    </message>
    <message>
        <source>Staff (teacher, coach, advisor, volunteer…)</source>
        <translation>Personal (docente, entrenador, asesor, voluntario…)</translation>
    </message>
    <message>
        <source>Use a pack file from your district…</source>
        <translation>Usar un archivo de paquete de su distrito…</translation>
    </message>
    <message>
        <source>Your district&apos;s policy pack</source>
        <translation>Paquete de política de su distrito</translation>
    </message>
    <message>
        <source>Policy packs (pack.yaml *.yaml)</source>
        <translation>Paquetes de política (pack.yaml *.yaml)</translation>
    </message>
    <message>
        <source>Policy pack</source>
        <translation>Paquete de política</translation>
    </message>
    <message>
        <source>This pack is %1, so ClearLine cannot use it. Ask your district&apos;s IT staff for the signed pack (pack.yaml with its pack.yaml.sig).</source>
        <translation>ClearLine no puede usar este paquete (%1). Pida el paquete firmado al personal de informática de su distrito (pack.yaml con su pack.yaml.sig).</translation>
    </message>
    <message>
        <source>This pack could not be read: %1</source>
        <translation>No se pudo leer este paquete: %1</translation>
    </message>
    <message>
        <source>%1 (signed by key %2)</source>
        <translation>%1 (firmado con la clave %2)</translation>
    </message>
    <message>
        <source>Your district&apos;s IT staff chose this for everyone on this computer.</source>
        <translation>El personal de informática de su distrito eligió esto para todas las personas de esta computadora.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::SheetPrinter</name>
    <message>
        <source>Making the PDF took more than a minute, so ClearLine stopped.</source>
        <translation>Crear el PDF tardó más de un minuto, así que ClearLine se detuvo.</translation>
    </message>
    <message>
        <source>ClearLine could not lay out the paper copy for %1 (the page is too large for its web engine), so no file was written. Narrow the search, or export CSV.</source>
        <translation>ClearLine no pudo componer la copia en papel para %1 (la página es demasiado grande para su motor web), así que no se escribió ningún archivo. Acote la búsqueda o exporte CSV.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation>No se pudo escribir el PDF en %1. Compruebe que la carpeta existe, que puede escribir en ella y que el disco no está lleno.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::TaskCard</name>
    <message>
        <source>Not available yet: this comes in a later version of ClearLine.</source>
        <translation>Todavía no disponible: llegará en una versión posterior de ClearLine.</translation>
    </message>
    <message>
        <source>Press Enter or click to start</source>
        <translation>Presione Enter o haga clic para comenzar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ClearLine cannot start</source>
        <translation>ClearLine no puede iniciarse</translation>
    </message>
    <message>
        <source>Your profile is ready</source>
        <translation>Su perfil está listo</translation>
    </message>
    <message>
        <source>ClearLine made your signing key. Its fingerprint is

%1

The people who approve your requests, or district IT, may ask you for it, to be sure that requests signed with it are yours. You can see it again under File, Your profile.</source>
        <translation>ClearLine creó su clave de firma. Su huella digital es

%1

Las personas que aprueban sus solicitudes, o el personal de informática del distrito, pueden pedírsela para asegurarse de que las solicitudes firmadas con ella son suyas. Puede volver a verla en Archivo, Su perfil.</translation>
    </message>
    <message>
        <source>clearline: a PDF cannot be made as the administrator (root). Run the command as yourself, or make a CSV with --format csv.</source>
        <translation>clearline: no se puede crear un PDF como administrador (root). Ejecute la orden con su propio usuario o cree un CSV con --format csv.</translation>
    </message>
</context>
</TS>
