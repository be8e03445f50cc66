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
        <source>A new language is used from the next time ClearLine starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie ClearLine.</translation>
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
        <source>Usage: clearline [--profile DIR]
       clearline COMMAND [OPTIONS]

Without a command, ClearLine opens its window.

Options:
  --profile DIR   keep all of one person&apos;s data and settings in DIR
                  (default: the standard per-user folders)
  --version       print the version and quit
  --help          print this help and quit

Commands (each takes --profile DIR, --json and --help):
</source>
        <translation>Uso: clearline [--profile DIR]
     clearline ORDEN [OPCIONES]

Sin una orden, ClearLine abre su ventana.

Opciones:
  --profile DIR   guardar todos los datos y ajustes de una persona en DIR
                  (predeterminado: las carpetas habituales del usuario)
  --version       mostrar la versión y salir
  --help          mostrar esta ayuda y salir

Órdenes (cada una acepta --profile DIR, --json y --help):
</translation>
    </message>
    <message>
        <source>
Exit status: 0 done, 1 the command failed, 2 the command was given wrongly.
</source>
        <translation>
Estado de salida: 0 hecho, 1 la orden falló, 2 la orden se escribió mal.
</translation>
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
        <source>For staff</source>
        <translation>Para el personal</translation>
    </message>
    <message>
        <source>Set up a professional account</source>
        <translation>Crear una cuenta profesional</translation>
    </message>
    <message>
        <source>Ask for approval of a separate social-media account for your work.</source>
        <translation>Solicite la aprobación de una cuenta de redes sociales aparte para su trabajo.</translation>
    </message>
    <message>
        <source>Ask for a new app or tool</source>
        <translation>Solicitar una nueva aplicación o herramienta</translation>
    </message>
    <message>
        <source>Have an app you want to use with your class reviewed.</source>
        <translation>Pida que se revise una aplicación que quiere usar con su clase.</translation>
    </message>
    <message>
        <source>Share a phone number for a trip</source>
        <translation>Compartir un teléfono para una excursión</translation>
    </message>
    <message>
        <source>Get approval before giving students or parents your cell number for a school trip.</source>
        <translation>Obtenga la aprobación antes de dar su número de celular a estudiantes o padres para una excursión escolar.</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Registrar un contacto</translation>
    </message>
    <message>
        <source>Write down a call, text or message with a student or family outside school hours.</source>
        <translation>Anote una llamada, un mensaje de texto u otro mensaje con un estudiante o una familia fuera del horario escolar.</translation>
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
        <source>Approve, deny or return what waits for your decision.</source>
        <translation>Apruebe, rechace o devuelva lo que espera su decisión.</translation>
    </message>
    <message>
        <source>Building overview</source>
        <translation>Resumen de la escuela</translation>
    </message>
    <message>
        <source>See who has acknowledged the policy and what is open this week.</source>
        <translation>Vea quién ha confirmado la política y qué está pendiente esta semana.</translation>
    </message>
    <message>
        <source>Find records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <source>Search and export records for a public-records request.</source>
        <translation>Busque y exporte registros para una solicitud de registros públicos.</translation>
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
</context>
<context>
    <name>clearline::ui::TaskCard</name>
    <message>
        <source>Not available yet: this comes in a later version of ClearLine.</source>
        <translation>Todavía no disponible: llegará en una versión posterior de ClearLine.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ClearLine cannot start</source>
        <translation>ClearLine no puede iniciarse</translation>
    </message>
</context>
</TS>
