<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
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
        <translation>&amp;Pasta compartilhada:</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Pasta compartilhada</translation>
    </message>
    <message>
        <source>None: send and import bundles by hand</source>
        <translation>Nenhuma: enviar e importar lotes manualmente</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>A new language is used from the next time ClearLine starts. A shared folder (a network drive or a synced cloud folder your colleagues use too) carries your records to them and theirs to you every minute while ClearLine is open.</source>
        <translation>O novo idioma é usado a partir da próxima vez que o ClearLine for iniciado. Uma pasta compartilhada (uma unidade de rede ou uma pasta sincronizada na nuvem que seus colegas também usam) leva seus registros até eles e traz os deles até você a cada minuto enquanto o ClearLine está aberto.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up ClearLine</source>
        <translation>Configurar o ClearLine</translation>
    </message>
    <message>
        <source>Welcome. Tell ClearLine who you are. Everything you file is signed in your name with a key that ClearLine makes for you now and keeps on this computer.</source>
        <translation>Bem-vindo. Diga ao ClearLine quem você é. Tudo o que você arquivar é assinado em seu nome com uma chave que o ClearLine cria agora para você e guarda neste computador.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nome e sobrenome</translation>
    </message>
    <message>
        <source>District &amp;e-mail:</source>
        <translation>&amp;E-mail do distrito:</translation>
    </message>
    <message>
        <source>District e-mail</source>
        <translation>E-mail do distrito</translation>
    </message>
    <message>
        <source>name@yourdistrict.org</source>
        <translation>nome@seudistrito.org</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Sua &amp;função:</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Sua função</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>O que corrigir</translation>
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
        <translation>E&amp;scola:</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escola</translation>
    </message>
</context>
<context>
    <name>clearline::cli::AckCommand</name>
    <message>
        <source>sign that you read this school year&apos;s policy (--status: whether it is still to do)</source>
        <translation>assinar que você leu a política deste ano letivo (--status: se ainda está pendente)</translation>
    </message>
    <message>
        <source>Only say whether this school year&apos;s acknowledgment is done.</source>
        <translation>Só informar se a confirmação de leitura deste ano letivo já foi feita.</translation>
    </message>
    <message>
        <source>Use &apos;clearline ack&apos; or &apos;clearline ack --status&apos;.</source>
        <translation>Use &apos;clearline ack&apos; ou &apos;clearline ack --status&apos;.</translation>
    </message>
    <message>
        <source>You acknowledged the policy for this school year.</source>
        <translation>Você já confirmou a leitura da política deste ano letivo.</translation>
    </message>
    <message>
        <source>Still to do: %1, by %2.</source>
        <translation>Pendente: %1, até %2.</translation>
    </message>
    <message>
        <source>Still to do: %1.</source>
        <translation>Pendente: %1.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy does not ask for a yearly acknowledgment; you may still record one with &apos;clearline ack&apos;.</source>
        <translation>A política do seu distrito não pede uma confirmação de leitura anual; mesmo assim, você pode registrar uma com &apos;clearline ack&apos;.</translation>
    </message>
    <message>
        <source>Signed: you read %1 for the school year %2.</source>
        <translation>Assinado: você leu %1 para o ano letivo %2.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::AudienceText</name>
    <message>
        <source>Who can see this: %1</source>
        <translation>Quem pode ver isto: %1</translation>
    </message>
</context>
<context>
    <name>clearline::cli::BundleCommand</name>
    <message>
        <source>send records to colleagues and take theirs in: sync bundles, by file or a shared folder</source>
        <translation>enviar registros a colegas e receber os deles: lotes de sincronização, por arquivo ou por uma pasta compartilhada</translation>
    </message>
    <message>
        <source>The bundle file to write.</source>
        <translation>O arquivo de lote a ser gravado.</translation>
    </message>
    <message>
        <source>Start each person&apos;s records at their first one dated on or after DATE (YYYY-MM-DD).</source>
        <translation>Começar os registros de cada pessoa pelo primeiro com data igual ou posterior a DATE (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Stop each person&apos;s records before their first one dated after DATE (YYYY-MM-DD).</source>
        <translation>Parar os registros de cada pessoa antes do primeiro com data posterior a DATE (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Check the bundles and say what they would add; change nothing.</source>
        <translation>Verificar os lotes e informar o que eles adicionariam, sem alterar nada.</translation>
    </message>
    <message>
        <source>Trust the person with this key fingerprint, new to this profile (repeat for each). Compare it with them first.</source>
        <translation>Confiar na pessoa com esta impressão digital da chave, nova neste perfil (repita para cada uma). Compare antes com a pessoa.</translation>
    </message>
    <message>
        <source>The shared folder (default: the sync_folder setting).</source>
        <translation>A pasta compartilhada (padrão: a configuração sync_folder).</translation>
    </message>
    <message>
        <source>Use &apos;clearline bundle export --to FILE&apos;, &apos;bundle import FILE…&apos;, &apos;bundle inspect FILE&apos; or &apos;bundle sync&apos;.</source>
        <translation>Use &apos;clearline bundle export --to ARQUIVO&apos;, &apos;bundle import ARQUIVO…&apos;, &apos;bundle inspect ARQUIVO&apos; ou &apos;bundle sync&apos;.</translation>
    </message>
    <message>
        <source>Say where to write the bundle: --to FILE.</source>
        <translation>Informe onde gravar o lote: --to ARQUIVO.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD.</source>
        <translation>--%1 precisa de uma data no formato YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 revisions, %3 attached files, %4 KB.</source>
        <translation>%1 gravado: %2 versões, %3 arquivos anexados, %4 KB.</translation>
    </message>
    <message>
        <source>No shared folder is set. Name one with --folder DIR, or set it with &apos;clearline settings set sync_folder DIR&apos;.</source>
        <translation>Nenhuma pasta compartilhada foi definida. Indique uma com --folder DIR ou defina-a com &apos;clearline settings set sync_folder DIR&apos;.</translation>
    </message>
    <message>
        <source>%1 is still being copied in; it will be read next time.</source>
        <translation>%1 ainda está sendo copiado; ele será lido da próxima vez.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one person: %2. Name one by e-mail or key fingerprint.</source>
        <translation>&quot;%1&quot; indica mais de uma pessoa: %2. Indique uma pelo e-mail ou pela impressão digital da chave.</translation>
    </message>
    <message>
        <source>A bundle is made for one person, not a school: one file for a school would show each person there what only another may see. Make one bundle for each person with --for PERSON.</source>
        <translation>Um pacote é feito para uma pessoa, não para uma escola: um único arquivo para uma escola mostraria a cada pessoa o que só outra pode ver. Faça um pacote para cada pessoa com --for PESSOA.</translation>
    </message>
    <message>
        <source>ClearLine knows nobody called &quot;%1&quot;: not among the people you have met, nor among those your district&apos;s policy lists. Name a person by name, e-mail or key fingerprint.</source>
        <translation>O ClearLine não conhece ninguém chamado &quot;%1&quot;: nem entre as pessoas que você já encontrou, nem entre as que a política do seu distrito lista. Indique uma pessoa pelo nome, e-mail ou impressão digital da chave.</translation>
    </message>
    <message>
        <source>Removed your unlocked bundle left in the folder by an earlier ClearLine: anyone who could open the folder could read it.</source>
        <translation>Foi removido o pacote sem tranca que uma versão anterior do ClearLine deixou na pasta: qualquer pessoa que pudesse abrir a pasta conseguia lê-lo.</translation>
    </message>
    <message>
        <source>Your bundles in the folder are up to date.</source>
        <translation>Os seus pacotes na pasta estão em dia.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n bundle(s), each locked for the one person it is for (%1 revisions).</source>
        <translation>
            <numerusform>Foi gravado %n pacote, trancado para a única pessoa a quem se destina (%1 revisões).</numerusform>
            <numerusform>Foram gravados %n pacotes, cada um trancado para a única pessoa a quem se destina (%1 revisões).</numerusform>
        </translation>
    </message>
    <message>
        <source>the person with key %1</source>
        <translation>a pessoa com a chave %1</translation>
    </message>
    <message>
        <source>This is a full backup of everything this profile holds, including records about students that only you may see. It is locked so that only you can open it, with your key; to send records to a colleague, use --for PERSON.</source>
        <translation>Este é um backup completo de tudo o que este perfil guarda, incluindo registros sobre alunos que só você pode ver. Ele está trancado para que só você possa abri-lo, com a sua chave; para enviar registros a um colega, use --for PESSOA.</translation>
    </message>
    <message>
        <source>Only the records %1 may see are in it; the others are sealed placeholders that keep the chain of signatures whole. It is locked so that only %1 and you can open it.</source>
        <translation>Só contém os registros que %1 pode ver; os outros são marcadores selados que mantêm inteira a cadeia de assinaturas. Está trancado para que só %1 e você possam abri-lo.</translation>
    </message>
    <message>
        <source>Whom it is for: a person (name, e-mail or key fingerprint) you have met or your district&apos;s policy lists, or anyone&apos;s public key (clearline identity show). Only what they may see and have not acknowledged goes in, locked so only they and you can open it; without it, the bundle is a full backup only you can open.</source>
        <translation>Para quem é: uma pessoa (nome, e-mail ou impressão digital da chave) que você já conhece ou que a política do seu distrito lista, ou a chave pública de qualquer pessoa (clearline identity show). Só entra o que ela pode ver e ainda não confirmou, trancado para que só ela e você possam abrir; sem esta opção, o pacote é um backup completo que só você pode abrir.</translation>
    </message>
    <message>
        <source>With --for: put in again everything they may see, also what they had before. For someone who has just been given the right to see more, such as a new designee.</source>
        <translation>Com --for: incluir de novo tudo o que a pessoa pode ver, também o que já tinha. Para quem acabou de receber o direito de ver mais, como um novo designado.</translation>
    </message>
    <message>
        <source>--again needs --for: say whom to send everything they may see again.</source>
        <translation>--again precisa de --for: diga para quem enviar de novo tudo o que a pessoa pode ver.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::CommandLine</name>
    <message>
        <source>%1
See &apos;clearline --help&apos; for what ClearLine understands.</source>
        <translation>%1
Veja &apos;clearline --help&apos; para saber o que o ClearLine entende.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--profile needs a folder, for example --profile ~/clearline-test.</source>
        <translation>--profile precisa de uma pasta, por exemplo --profile ~/clearline-teste.</translation>
    </message>
    <message>
        <source>
Exit status: 0 done, 1 the command failed, 2 the command was given wrongly.
</source>
        <translation>
Código de saída: 0 concluído, 1 o comando falhou, 2 o comando foi dado de forma errada.
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
        <translation>Uso: clearline [--profile DIR] [ARQUIVO.clbundle…]
       clearline COMANDO [OPÇÕES]

Sem um comando, o ClearLine abre sua janela. Os pacotes indicados na linha de comando
são importados nela; se a janela já estiver aberta, ela os recebe.

Opções:
  --profile DIR   manter todos os dados e configurações de uma pessoa em DIR
                  (padrão: as pastas usuais de cada usuário)
  --authoring     para a TI do distrito: permitir carregar pacotes de política não assinados
  --version       imprimir a versão e sair
  --help          imprimir esta ajuda e sair

Comandos (todos aceitam --profile DIR, --json e --help):
</translation>
    </message>
</context>
<context>
    <name>clearline::cli::ContactCommand</name>
    <message>
        <source>log a contact with a student or family, checked against your district&apos;s policy</source>
        <translation>registrar um contato com um aluno ou uma família, verificado com a política do seu distrito</translation>
    </message>
    <message>
        <source>When it happened (ISO 8601; default now).</source>
        <translation>Quando aconteceu (ISO 8601; padrão: agora).</translation>
    </message>
    <message>
        <source>The person&apos;s initials.</source>
        <translation>As iniciais da pessoa.</translation>
    </message>
    <message>
        <source>The student&apos;s roster id.</source>
        <translation>O número de matrícula do aluno.</translation>
    </message>
    <message>
        <source>students or parents.</source>
        <translation>students ou parents.</translation>
    </message>
    <message>
        <source>The channel used.</source>
        <translation>O meio usado.</translation>
    </message>
    <message>
        <source>A summary, or the message text.</source>
        <translation>Um resumo, ou o texto da mensagem.</translation>
    </message>
    <message>
        <source>A copy went to your district account.</source>
        <translation>Uma cópia foi enviada para a sua conta do distrito.</translation>
    </message>
    <message>
        <source>The student may be at risk, neglected or harmed.</source>
        <translation>O aluno pode estar em risco, negligenciado ou machucado.</translation>
    </message>
    <message>
        <source>The student is your own child.</source>
        <translation>O aluno é seu próprio filho ou filha.</translation>
    </message>
    <message>
        <source>It was for a school-sponsored trip.</source>
        <translation>Foi por uma viagem patrocinada pela escola.</translation>
    </message>
    <message>
        <source>The trip disclosure it belongs to.</source>
        <translation>A divulgação do número para a viagem à qual pertence.</translation>
    </message>
    <message>
        <source>List entries from this day (YYYY-MM-DD).</source>
        <translation>Listar as entradas a partir deste dia (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>List entries up to this day (YYYY-MM-DD).</source>
        <translation>Listar as entradas até este dia (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Whom you reported to.</source>
        <translation>A quem você fez a notificação.</translation>
    </message>
    <message>
        <source>List entries with these initials or roster id.</source>
        <translation>Listar as entradas com estas iniciais ou este número de matrícula.</translation>
    </message>
    <message>
        <source>List off-hours entries only.</source>
        <translation>Listar só as entradas fora do horário escolar.</translation>
    </message>
    <message>
        <source>List flagged entries only.</source>
        <translation>Listar só as entradas sinalizadas.</translation>
    </message>
    <message>
        <source>Contact logged (%1): %2</source>
        <translation>Contato registrado (%1): %2</translation>
    </message>
    <message>
        <source>A notification record was made (%1). Once you have reported, run &apos;clearline contact reported %1&apos;.</source>
        <translation>Um registro de notificação foi criado (%1). Depois de fazer a notificação, execute &apos;clearline contact reported %1&apos;.</translation>
    </message>
    <message>
        <source>The notification record could not be saved: %1</source>
        <translation>Não foi possível salvar o registro de notificação: %1</translation>
    </message>
    <message>
        <source>Give dates as YYYY-MM-DD.</source>
        <translation>Informe as datas no formato YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No contact entries match.</source>
        <translation>Nenhuma entrada de contato corresponde.</translation>
    </message>
    <message>
        <source>off-hours</source>
        <translation>fora do horário escolar</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>sinalizada</translation>
    </message>
    <message>
        <source>to forward</source>
        <translation>a encaminhar</translation>
    </message>
    <message>
        <source>Marked as forwarded: %1</source>
        <translation>Marcada como encaminhada: %1</translation>
    </message>
    <message>
        <source>Report recorded: %1</source>
        <translation>Notificação registrada: %1</translation>
    </message>
    <message>
        <source>Who was on the message: one (only this person; the default), group (a group, a class or a team) or with-parent (the student, with a parent or guardian copied).</source>
        <translation>Quem estava na mensagem: one (só esta pessoa; o padrão), group (um grupo, uma turma ou uma equipe) ou with-parent (o aluno, com um responsável em cópia).</translation>
    </message>
    <message>
        <source>district or personal: the device you used (default: what the channel says).</source>
        <translation>district ou personal: o dispositivo que usou (padrão: o que o canal indica).</translation>
    </message>
    <message>
        <source>For a call or a text: student (the student&apos;s own phone) or family (the family&apos;s phone).</source>
        <translation>Para uma ligação ou mensagem de texto: student (o telefone do próprio aluno) ou family (o telefone da família).</translation>
    </message>
    <message>
        <source>Why: one of your district&apos;s purposes (&apos;clearline policy show&apos; lists them).</source>
        <translation>Por quê: um dos propósitos do seu distrito (&apos;clearline policy show&apos; os lista).</translation>
    </message>
    <message>
        <source>You copied someone in this role on the message (a role of your district&apos;s policy; may be repeated).</source>
        <translation>Você pôs em cópia da mensagem alguém com este cargo (um cargo da política do seu distrito; pode ser repetido).</translation>
    </message>
    <message>
        <source>done: what you did, in a few words.</source>
        <translation>done: o que você fez, em poucas palavras.</translation>
    </message>
    <message>
        <source>Use &apos;clearline contact log --with … --audience … --channel … [--purpose …]&apos;, &apos;contact list&apos;, &apos;contact forwarded ID&apos;, &apos;contact done ID TODO&apos; or &apos;contact reported ID&apos;.</source>
        <translation>Use &apos;clearline contact log --with … --audience … --channel … [--purpose …]&apos;, &apos;contact list&apos;, &apos;contact forwarded ID&apos;, &apos;contact done ID TODO&apos; ou &apos;contact reported ID&apos;.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy has no role &quot;%1&quot; for --copied.</source>
        <translation>A política do seu distrito não tem o cargo &quot;%1&quot; para --copied.</translation>
    </message>
    <message>
        <source>Once done, run &apos;clearline contact done %1 %2&apos;.</source>
        <translation>Quando tiver feito, execute &apos;clearline contact done %1 %2&apos;.</translation>
    </message>
    <message>
        <source>overdue: %1 (%2)</source>
        <translation>atrasado: %1 (%2)</translation>
    </message>
    <message>
        <source>to do: %1 (%2)</source>
        <translation>a fazer: %1 (%2)</translation>
    </message>
    <message>
        <source>Marked as done: %1</source>
        <translation>Marcado como feito: %1</translation>
    </message>
    <message>
        <source>The student is family, as your district names it (&apos;clearline policy show&apos; lists the ties).</source>
        <translation>O aluno é da sua família, como seu distrito o nomeia (&apos;clearline policy show&apos; lista os vínculos).</translation>
    </message>
</context>
<context>
    <name>clearline::cli::DelegateCommand</name>
    <message>
        <source>name a designee for one of your roles for a period, list delegations, end one</source>
        <translation>nomear uma pessoa designada para uma das suas funções durante um período, listar as delegações, encerrar uma</translation>
    </message>
    <message>
        <source>The designee: a name, e-mail, person id or key fingerprint.</source>
        <translation>A pessoa designada: um nome, um e-mail, um id de pessoa ou uma impressão digital da chave.</translation>
    </message>
    <message>
        <source>The delegation&apos;s last day (YYYY-MM-DD).</source>
        <translation>O último dia da delegação (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Why you end it early.</source>
        <translation>O motivo para encerrá-la antes do prazo.</translation>
    </message>
    <message>
        <source>Use &apos;clearline delegate ROLE --to PERSON --until DATE&apos;, &apos;delegate list&apos; or &apos;delegate revoke ID&apos;.</source>
        <translation>Use &apos;clearline delegate FUNÇÃO --to PESSOA --until DATA&apos;, &apos;delegate list&apos; ou &apos;delegate revoke ID&apos;.</translation>
    </message>
    <message>
        <source>The delegation %1 has ended.</source>
        <translation>A delegação %1 foi encerrada.</translation>
    </message>
    <message>
        <source>--until needs a date as YYYY-MM-DD.</source>
        <translation>--until precisa de uma data no formato YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>ClearLine knows nobody called &quot;%1&quot;. Name them by name, e-mail or key fingerprint; their key must be in the pack or in something of theirs you imported.</source>
        <translation>O ClearLine não conhece ninguém chamado &quot;%1&quot;. Indique a pessoa pelo nome, e-mail ou impressão digital da chave; a chave dela precisa estar no pacote ou em algo dela que você tenha importado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be more than one person; use the key fingerprint:
%2</source>
        <translation>&quot;%1&quot; pode ser mais de uma pessoa; use a impressão digital da chave:
%2</translation>
    </message>
    <message>
        <source>%1 can act for you as %2 until %3 (delegation %4).</source>
        <translation>%1 pode agir em seu nome como %2 até %3 (delegação %4).</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativa</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>encerrada antes do prazo</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>não ativa</translation>
    </message>
    <message>
        <source>No delegations.</source>
        <translation>Não há delegações.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::DisclosureCommand</name>
    <message>
        <source>give a personal number for a trip the way your district asks (new, authorize-request, notice, report-misuse, close, list, show)</source>
        <translation>dar um número pessoal para uma viagem do jeito que o seu distrito pede (new, authorize-request, notice, report-misuse, close, list, show)</translation>
    </message>
    <message>
        <source>The trip or event.</source>
        <translation>A viagem ou o evento.</translation>
    </message>
    <message>
        <source>The trip&apos;s first day (YYYY-MM-DD).</source>
        <translation>O primeiro dia da viagem (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The trip&apos;s last day (YYYY-MM-DD).</source>
        <translation>O último dia da viagem (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The phone number you will give.</source>
        <translation>O número de telefone que você vai dar.</translation>
    </message>
    <message>
        <source>students, parents or students-and-parents.</source>
        <translation>students, parents ou students-and-parents.</translation>
    </message>
    <message>
        <source>The trip or event is not school-sponsored.</source>
        <translation>A viagem ou o evento não é patrocinado pela escola.</translation>
    </message>
    <message>
        <source>It is your home number, not your personal cell.</source>
        <translation>É o número da sua casa, não o seu celular pessoal.</translation>
    </message>
    <message>
        <source>Where the trip goes.</source>
        <translation>Para onde vai a viagem.</translation>
    </message>
    <message>
        <source>The team, class or club.</source>
        <translation>A equipe, a turma ou o clube.</translation>
    </message>
    <message>
        <source>How many students go.</source>
        <translation>Quantos alunos vão.</translation>
    </message>
    <message>
        <source>The students&apos; grades, such as 9-12.</source>
        <translation>As séries dos alunos, como 9-12.</translation>
    </message>
    <message>
        <source>The school&apos;s id (default: yours).</source>
        <translation>O id da escola (padrão: a sua).</translation>
    </message>
    <message>
        <source>You confirm the number is only for the trip&apos;s educational, informational or safety purposes.</source>
        <translation>Você confirma que o número é só para fins educacionais, informativos ou de segurança da viagem.</translation>
    </message>
    <message>
        <source>An answer of the authorization request (may be repeated).</source>
        <translation>Uma resposta da solicitação de autorização (pode ser repetida).</translation>
    </message>
    <message>
        <source>A checklist item that is true (may be repeated).</source>
        <translation>Um item da lista de verificação que é verdadeiro (pode ser repetido).</translation>
    </message>
    <message>
        <source>The notice&apos;s language (en, es, pt_BR…).</source>
        <translation>O idioma do aviso (en, es, pt_BR…).</translation>
    </message>
    <message>
        <source>Record that you handed the notice to these people.</source>
        <translation>Registrar que você entregou o aviso a estas pessoas.</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>O que aconteceu.</translation>
    </message>
    <message>
        <source>Any follow-up, when closing.</source>
        <translation>Qualquer acompanhamento, ao encerrar.</translation>
    </message>
    <message>
        <source>Use &apos;clearline disclosure new --trip … --from … --to … --number … --shared-with …&apos;, or &apos;disclosure authorize-request|notice|report-misuse|close|show ID&apos;, or &apos;disclosure list&apos;.</source>
        <translation>Use &apos;clearline disclosure new --trip … --from … --to … --number … --shared-with …&apos;, ou &apos;disclosure authorize-request|notice|report-misuse|close|show ID&apos;, ou &apos;disclosure list&apos;.</translation>
    </message>
    <message>
        <source>Trip disclosure saved: %1</source>
        <translation>A divulgação do número para a viagem foi salva: %1</translation>
    </message>
    <message>
        <source>No trip disclosures yet.</source>
        <translation>Ainda não há divulgações de número para viagens.</translation>
    </message>
    <message>
        <source>%1 is not a trip disclosure.</source>
        <translation>%1 não é uma divulgação de número para uma viagem.</translation>
    </message>
    <message>
        <source>The number may not be given out yet: %1</source>
        <translation>O número ainda não pode ser dado: %1</translation>
    </message>
    <message>
        <source>Your district&apos;s policy asks for no notice with this number.</source>
        <translation>A política do seu distrito não pede nenhum aviso com este número.</translation>
    </message>
    <message>
        <source>Number: %1, shared with %2</source>
        <translation>Número: %1, compartilhado com %2</translation>
    </message>
    <message>
        <source>Policy: § %1 %2</source>
        <translation>Política: § %1 %2</translation>
    </message>
    <message>
        <source>Notice handed out to %1 (%2)</source>
        <translation>Aviso entregue a %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Unauthorized use reported %n time(s).</source>
        <translation>
            <numerusform>Uso não autorizado informado %n vez.</numerusform>
            <numerusform>Uso não autorizado informado %n vezes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Authorization requested: %1</source>
        <translation>Autorização solicitada: %1</translation>
    </message>
    <message>
        <source>Notice recorded as handed out: %1</source>
        <translation>Aviso registrado como entregue: %1</translation>
    </message>
    <message>
        <source>Unauthorized use reported: %1</source>
        <translation>Uso não autorizado informado: %1</translation>
    </message>
    <message>
        <source>Disclosure closed: %1</source>
        <translation>Divulgação encerrada: %1</translation>
    </message>
</context>
<context>
    <name>clearline::cli::Dispatcher</name>
    <message>
        <source>&quot;%1&quot; is not a ClearLine command. See &apos;clearline --help&apos;.</source>
        <translation>&quot;%1&quot; não é um comando do ClearLine. Veja &apos;clearline --help&apos;.</translation>
    </message>
    <message>
        <source>Keep all data and settings in DIR.</source>
        <translation>Manter todos os dados e configurações em DIR.</translation>
    </message>
    <message>
        <source>Print one JSON object, for scripts.</source>
        <translation>Imprimir um objeto JSON, para scripts.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>%1
See &apos;clearline %2 --help&apos;.</source>
        <translation>%1
Veja &apos;clearline %2 --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: clearline %1 %2</source>
        <translation>Uso: clearline %1 %2</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile precisa de uma pasta.</translation>
    </message>
    <message>
        <source>For district IT: let an unsigned policy pack load.</source>
        <translation>Para a TI do distrito: permite carregar um pacote de políticas não assinado.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::DutyCommand</name>
    <message>
        <source>list what your district&apos;s policy asks you to do this school year, or mark one as done</source>
        <translation>lista o que a política do seu distrito pede que você faça neste ano letivo, ou marca algo como feito</translation>
    </message>
    <message>
        <source>What you did, in a few words (with &apos;done&apos;).</source>
        <translation>O que você fez, em poucas palavras (com &apos;done&apos;).</translation>
    </message>
    <message>
        <source>Use &apos;clearline duty list&apos; to see your duties, or &apos;clearline duty done ID [--note TEXT]&apos; to mark one as done.</source>
        <translation>Use &apos;clearline duty list&apos; para ver suas tarefas, ou &apos;clearline duty done ID [--note TEXTO]&apos; para marcar uma como feita.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy gives you no duties to do.</source>
        <translation>A política do seu distrito não lhe atribui nenhuma tarefa.</translation>
    </message>
    <message>
        <source>Done by reading the policy and signing: clearline ack</source>
        <translation>Cumpre-se lendo a política e assinando: clearline ack</translation>
    </message>
    <message>
        <source>Your district&apos;s policy has no duties.</source>
        <translation>A política do seu distrito não tem tarefas.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy has no duty &quot;%1&quot;; its duties are: %2. See &apos;clearline duty list&apos;.</source>
        <translation>A política do seu distrito não tem a tarefa &quot;%1&quot;; as tarefas dela são: %2. Veja &apos;clearline duty list&apos;.</translation>
    </message>
    <message>
        <source>Signed: &quot;%1&quot; is done.</source>
        <translation>Assinado: &quot;%1&quot; está feita.</translation>
    </message>
    <message>
        <source>Signed: &quot;%1&quot; is done for the school year %2.</source>
        <translation>Assinado: &quot;%1&quot; está feita para o ano letivo %2.</translation>
    </message>
    <message>
        <source>Done when your district&apos;s policy pack carries the renewed list.</source>
        <translation>É cumprido quando o pacote de política do seu distrito trouxer a lista renovada.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::EnrolCommand</name>
    <message>
        <source>ask district IT to confirm you in a role of the district&apos;s policy (an approver&apos;s first step)</source>
        <translation>pedir à TI do distrito que confirme você em uma função da política do distrito (o primeiro passo de quem aprova)</translation>
    </message>
    <message>
        <source>The role of the district&apos;s policy you hold.</source>
        <translation>A função da política do distrito que você ocupa.</translation>
    </message>
    <message>
        <source>The school you hold it at, for a role at one school.</source>
        <translation>A escola onde você a ocupa, para uma função de uma só escola.</translation>
    </message>
    <message>
        <source>Where to write the enrolment file for district IT.</source>
        <translation>Onde gravar o arquivo de inscrição para a TI do distrito.</translation>
    </message>
    <message>
        <source>Use &apos;clearline enrol --role ROLE [--school SCHOOL]&apos;.</source>
        <translation>Use &apos;clearline enrol --role ROLE [--school SCHOOL]&apos;.</translation>
    </message>
    <message>
        <source>You asked to be confirmed as %1. Your enrolment request is in %2.</source>
        <translation>Você pediu para ser confirmado como %1. Sua solicitação de inscrição está em %2.</translation>
    </message>
    <message>
        <source>Give that file to district IT, or send them a bundle: the request travels with your records. When IT calls to confirm, read them your key&apos;s fingerprint: %1</source>
        <translation>Entregue esse arquivo à TI do distrito ou envie um lote: a solicitação viaja com seus registros. Quando a TI ligar para confirmar, leia para eles a impressão digital da sua chave: %1</translation>
    </message>
    <message>
        <source>Until IT adds you to the district&apos;s policy and the new policy reaches you, ClearLine cannot count your decisions as %1.</source>
        <translation>Até que a TI adicione você à política do distrito e a nova política chegue até você, o ClearLine não pode contar suas decisões como %1.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::HoldersVerbs</name>
    <message>
        <source>Say which pack file to change: --pack FILE</source>
        <translation>Diga qual arquivo de pacote alterar: --pack FILE</translation>
    </message>
    <message>
        <source>%1 is not a pack file. Give the district&apos;s own pack.yaml (a copy of a pack shipped with ClearLine is fine).</source>
        <translation>%1 não é um arquivo de pacote. Indique o pack.yaml do próprio distrito (uma cópia de um pacote que vem com o ClearLine serve).</translation>
    </message>
    <message>
        <source>There is no file %1, and no enrolment request with that fingerprint has reached this profile. Ask the person for their enrolment file, or import their bundle first.</source>
        <translation>Não existe o arquivo %1, e nenhuma solicitação de inscrição com essa impressão digital chegou a este perfil. Peça à pessoa o arquivo de inscrição ou importe antes o lote dela.</translation>
    </message>
    <message>
        <source>ClearLine could not change %1 safely, so it left it as it was: %2</source>
        <translation>O ClearLine não conseguiu alterar %1 com segurança, então o deixou como estava: %2</translation>
    </message>
    <message>
        <source>ClearLine could not write %1.</source>
        <translation>O ClearLine não conseguiu gravar %1.</translation>
    </message>
    <message>
        <source>Now sign it (clearline policy sign %1 --key FILE) and send a bundle: the new policy travels to every profile with it.</source>
        <translation>Agora assine-o (clearline policy sign %1 --key FILE) e envie um lote: a nova política viaja com ele para todos os perfis.</translation>
    </message>
    <message>
        <source>%1 has mistakes; fix them first: %2</source>
        <translation>%1 tem erros; corrija-os primeiro: %2</translation>
    </message>
    <message>
        <source>This enrolment does not fit the pack: %1</source>
        <translation>Esta inscrição não combina com o pacote: %1</translation>
    </message>
    <message>
        <source>The pack lists %1 as %2 with this key already.</source>
        <translation>O pacote já lista %1 como %2 com esta chave.</translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; as %3 at %4.</source>
        <translation>%1 &lt;%2&gt; foi adicionado como %3 em %4.</translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; as %3.</source>
        <translation>%1 &lt;%2&gt; foi adicionado como %3.</translation>
    </message>
    <message>
        <source>Key fingerprint: %1. Before you sign, call the person and have them read theirs to you (ClearLine shows it on their profile): it must be the same.</source>
        <translation>Impressão digital da chave: %1. Antes de assinar, ligue para a pessoa e peça que leia a dela (o ClearLine mostra no perfil): deve ser a mesma.</translation>
    </message>
    <message>
        <source>The pack is now version %1.</source>
        <translation>O pacote agora é a versão %1.</translation>
    </message>
    <message>
        <source>The pack lists nobody with the key %1.</source>
        <translation>O pacote não lista ninguém com a chave %1.</translation>
    </message>
    <message>
        <source>--at needs a time such as 2026-12-07T14:00:00Z.</source>
        <translation>--at precisa de um horário como 2026-12-07T14:00:00Z.</translation>
    </message>
    <message>
        <source>%1 (%2) no longer holds %3 from %4: decisions they sign after that do not count; earlier ones still do.</source>
        <translation>%1 (%2) deixa de ocupar %3 a partir de %4: as decisões que assinar depois não contam; as anteriores continuam valendo.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::IdentityCommand</name>
    <message>
        <source>show who this profile signs as, and the public key district IT and colleagues need (show)</source>
        <translation>mostrar com que identidade este perfil assina e a chave pública de que a TI do distrito e os colegas precisam (show)</translation>
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
        <translation>Impressão digital da chave: %1</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Chave pública: %1</translation>
    </message>
    <message>
        <source>District IT puts your public key in the district&apos;s policy to confirm you in a role. A colleague who has not had records from you yet can send you some with &apos;clearline bundle export --for %1&apos;. Anyone may see it; read the fingerprint aloud to check it.</source>
        <translation>A TI do distrito coloca a sua chave pública na política do distrito para confirmar você em uma função. Um colega que ainda não recebeu registros seus pode enviar alguns com &apos;clearline bundle export --for %1&apos;. Qualquer pessoa pode vê-la; leia a impressão digital em voz alta para conferi-la.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::InitCommand</name>
    <message>
        <source>set up a profile: your identity, your signing key and your record ledger</source>
        <translation>configurar um perfil: sua identidade, sua chave de assinatura e seu livro de registros</translation>
    </message>
    <message>
        <source>Your full name.</source>
        <translation>Seu nome completo.</translation>
    </message>
    <message>
        <source>Your district e-mail address.</source>
        <translation>Seu endereço de e-mail do distrito.</translation>
    </message>
    <message>
        <source>A role you hold (may be repeated).</source>
        <translation>Uma função que você exerce (pode ser repetida).</translation>
    </message>
    <message>
        <source>Your school&apos;s time zone (default: this computer&apos;s).</source>
        <translation>O fuso horário da sua escola (padrão: o deste computador).</translation>
    </message>
    <message>
        <source>&apos;clearline init&apos; takes no arguments besides its options.</source>
        <translation>&apos;clearline init&apos; não aceita argumentos além das suas opções.</translation>
    </message>
    <message>
        <source>Give your name and district e-mail: --name &quot;…&quot; --email …</source>
        <translation>Informe seu nome e seu e-mail do distrito: --name &quot;…&quot; --email …</translation>
    </message>
    <message>
        <source>Profile ready for %1 &lt;%2&gt;.</source>
        <translation>Perfil pronto para %1 &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>Impressão digital da chave: %1</translation>
    </message>
    <message>
        <source>Your private key is in the system key store.</source>
        <translation>Sua chave privada está no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Your private key is in %1, protected by your passphrase.</source>
        <translation>Sua chave privada está em %1, protegida pela sua frase secreta.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy pack: a shipped id or a pack.yaml file.</source>
        <translation>O pacote de política do seu distrito: o id de um pacote incluído com o ClearLine ou um arquivo pack.yaml.</translation>
    </message>
    <message>
        <source>Your school&apos;s id in the district&apos;s pack.</source>
        <translation>O id da sua escola no pacote do distrito.</translation>
    </message>
    <message>
        <source>The district policy %1 could not be read: %2</source>
        <translation>Não foi possível ler a política do distrito %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a school of %2; its schools are: %3</source>
        <translation>&quot;%1&quot; não é uma escola de %2; as escolas são: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role in %2&apos;s policy; its roles are: %3</source>
        <translation>&quot;%1&quot; não é uma função na política de %2; as funções são: %3</translation>
    </message>
    <message>
        <source>A school is one of your district&apos;s: give --district too.</source>
        <translation>Uma escola pertence ao seu distrito: informe também --district.</translation>
    </message>
    <message>
        <source>This profile had your key but no records file, so ClearLine made a new, empty one. If you had records here before, restore your latest backup: clearline ledger restore --from BACKUP</source>
        <translation>Este perfil tinha a sua chave, mas nenhum arquivo de registros, então o ClearLine criou um novo e vazio. Se você tinha registros aqui antes, restaure o seu backup mais recente: clearline ledger restore --from BACKUP</translation>
    </message>
    <message>
        <source>Public key (for district IT; &apos;clearline identity show&apos; prints it again): %1</source>
        <translation>Chave pública (para a TI do distrito; &apos;clearline identity show&apos; a mostra de novo): %1</translation>
    </message>
    <message>
        <source>Your district sets the policy for everyone on this computer (%1), so --district cannot choose another. Leave --district out.</source>
        <translation>Seu distrito define a política para todos neste computador (%1), então --district não pode escolher outra. Deixe --district de fora.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::LedgerCommand</name>
    <message>
        <source>Where to write the backup.</source>
        <translation>Onde gravar o backup.</translation>
    </message>
    <message>
        <source>Verify this ledger file (a backup) instead of the profile&apos;s.</source>
        <translation>Verificar este arquivo de livro de registros (um backup) em vez do arquivo do perfil.</translation>
    </message>
    <message>
        <source>Ledger: %1</source>
        <translation>Livro de registros: %1</translation>
    </message>
    <message>
        <source>Revisions: %1</source>
        <translation>Versões: %1</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Registros: %1</translation>
    </message>
    <message>
        <source>Drafts: %1</source>
        <translation>Rascunhos: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Anexos: %1</translation>
    </message>
    <message>
        <source>Authors: %1</source>
        <translation>Autores: %1</translation>
    </message>
    <message>
        <source>The ledger</source>
        <translation>O livro de registros</translation>
    </message>
    <message>
        <source>Revision %1 (number %2)</source>
        <translation>Versão %1 (número %2)</translation>
    </message>
    <message>
        <source>Verification failed. %1: %2. (Problems found: %3; revisions checked: %4.)</source>
        <translation>A verificação falhou. %1: %2. (Problemas encontrados: %3; versões verificadas: %4.)</translation>
    </message>
    <message>
        <source>Say where to write the backup: --to FILE</source>
        <translation>Informe onde gravar o backup: --to ARQUIVO</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup gravado em %1.</translation>
    </message>
    <message>
        <source>Verified (revisions: %1, records: %2, authors: %3, attachments: %4). Every hash, chain link and signature is intact.</source>
        <translation>Verificado (versões: %1, registros: %2, autores: %3, anexos: %4). Todos os hashes, elos da cadeia e assinaturas estão intactos.</translation>
    </message>
    <message>
        <source>Rebuilt the query tables (revisions: %1, records: %2).</source>
        <translation>As tabelas de consulta foram reconstruídas (versões: %1, registros: %2).</translation>
    </message>
    <message>
        <source>The records file is damaged, so some records may be lost or wrong. ClearLine has not changed it. Restore your latest backup: %1</source>
        <translation>O arquivo de registros está danificado, então alguns registros podem ter se perdido ou estar errados. O ClearLine não o alterou. Restaure seu backup mais recente: %1</translation>
    </message>
    <message>
        <source>Records were changed or removed outside ClearLine, so they can no longer be shown as their authors signed them. Keep this file for your IT staff, and restore your latest backup: %1</source>
        <translation>Registros foram alterados ou removidos fora do ClearLine, então não podem mais ser mostrados como seus autores os assinaram. Guarde este arquivo para a equipe de TI e restaure seu backup mais recente: %1</translation>
    </message>
    <message>
        <source>A record is signed by someone this profile does not know: it was added outside ClearLine. Keep this file for your IT staff.</source>
        <translation>Um registro está assinado por alguém que este perfil não conhece: ele foi adicionado fora do ClearLine. Guarde este arquivo para a equipe de TI.</translation>
    </message>
    <message>
        <source>Your signed records are intact; only the tables ClearLine searches in are out of date. &apos;clearline ledger rebuild&apos; makes them again.</source>
        <translation>Seus registros assinados estão intactos; só as tabelas em que o ClearLine pesquisa estão desatualizadas. &apos;clearline ledger rebuild&apos; as cria de novo.</translation>
    </message>
    <message>
        <source>restore: the backup (made by &apos;clearline ledger backup&apos;) to put in place of the profile&apos;s records.</source>
        <translation>restore: o backup (feito com &apos;clearline ledger backup&apos;) a colocar no lugar dos registros do perfil.</translation>
    </message>
    <message>
        <source>Say which backup to restore: --from BACKUP</source>
        <translation>Diga qual backup restaurar: --from BACKUP</translation>
    </message>
    <message>
        <source>Restored your records from %1 (revisions: %2, records: %3); the backup was verified first.</source>
        <translation>Seus registros foram restaurados de %1 (revisões: %2, registros: %3); o backup foi verificado antes.</translation>
    </message>
    <message>
        <source>The file it replaces is kept as %1, for your IT staff.</source>
        <translation>O arquivo substituído foi guardado como %1, para a equipe de TI.</translation>
    </message>
    <message>
        <source>check, rebuild, back up and restore your records (stats, verify, rebuild, backup --to FILE, backups, restore --from BACKUP)</source>
        <translation>verificar, reconstruir, copiar e restaurar seus registros (stats, verify, rebuild, backup --to ARQUIVO, backups, restore --from CÓPIA)</translation>
    </message>
    <message>
        <source>Use &apos;clearline ledger stats&apos;, &apos;verify&apos;, &apos;rebuild&apos;, &apos;backup --to FILE&apos;, &apos;backups&apos; or &apos;restore --from BACKUP&apos;.</source>
        <translation>Use &apos;clearline ledger stats&apos;, &apos;verify&apos;, &apos;rebuild&apos;, &apos;backup --to ARQUIVO&apos;, &apos;backups&apos; ou &apos;restore --from CÓPIA&apos;.</translation>
    </message>
    <message>
        <source>No automatic backup yet. ClearLine makes one each day it saves, once you have records, in %1.</source>
        <translation>Ainda não há cópias de segurança automáticas. O ClearLine faz uma a cada dia em que salva, quando já há registros, em %1.</translation>
    </message>
    <message numerus="yes">
        <source>Automatic backups in %1, newest first; each was checked when it was made, and %n day(s) of them are kept:</source>
        <translation>
            <numerusform>Cópias de segurança automáticas em %1, a mais recente primeiro; cada uma foi verificada ao ser feita, e se guarda %n dia delas:</numerusform>
            <numerusform>Cópias de segurança automáticas em %1, a mais recente primeiro; cada uma foi verificada ao ser feita, e se guardam %n dias delas:</numerusform>
        </translation>
    </message>
    <message>
        <source>made %1, %2 KB</source>
        <translation>feita %1, %2 KB</translation>
    </message>
    <message>
        <source>To restore one: %1</source>
        <translation>Para restaurar uma: %1</translation>
    </message>
</context>
<context>
    <name>clearline::cli::MemoCommand</name>
    <message>
        <source>write, list and correct memos to file (add, list, show ID, correct ID)</source>
        <translation>escrever, listar e corrigir memorandos para arquivo (add, list, show ID, correct ID)</translation>
    </message>
    <message>
        <source>The memo&apos;s title.</source>
        <translation>O título do memorando.</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>O que aconteceu.</translation>
    </message>
    <message>
        <source>A file to attach (may be repeated).</source>
        <translation>Um arquivo para anexar (pode ser repetido).</translation>
    </message>
    <message>
        <source>Why a memo is corrected.</source>
        <translation>O motivo da correção do memorando.</translation>
    </message>
    <message>
        <source>Use &apos;clearline memo add --title … --text …&apos;, &apos;clearline memo list&apos;, &apos;clearline memo show ID&apos; or &apos;clearline memo correct ID --reason …&apos;.</source>
        <translation>Use &apos;clearline memo add --title … --text …&apos;, &apos;clearline memo list&apos;, &apos;clearline memo show ID&apos; ou &apos;clearline memo correct ID --reason …&apos;.</translation>
    </message>
    <message>
        <source>Memo filed: %1</source>
        <translation>Memorando arquivado: %1</translation>
    </message>
    <message>
        <source>No memos yet.</source>
        <translation>Ainda não há memorandos.</translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation>(corrigido)</translation>
    </message>
    <message>
        <source>Memo corrected: %1</source>
        <translation>Memorando corrigido: %1</translation>
    </message>
    <message>
        <source>Attached: %1 (%2, SHA-256 %3)</source>
        <translation>Anexo: %1 (%2, SHA-256 %3)</translation>
    </message>
</context>
<context>
    <name>clearline::cli::NoticeCommand</name>
    <message>
        <source>the notices your requests ask you to hand out: what is still to do, the text, and that you gave it (list, show ID)</source>
        <translation>os avisos que suas solicitações pedem que você entregue: o que falta, o texto e a quem você entregou (list, show ID)</translation>
    </message>
    <message>
        <source>Which notice, when the request names more than one.</source>
        <translation>Qual aviso, quando a solicitação cita mais de um.</translation>
    </message>
    <message>
        <source>The notice&apos;s language (en, es, pt_BR…).</source>
        <translation>O idioma do aviso (en, es, pt_BR…).</translation>
    </message>
    <message>
        <source>Record that you handed the notice to these people.</source>
        <translation>Registrar que você entregou o aviso a estas pessoas.</translation>
    </message>
    <message>
        <source>Use &apos;clearline notice list&apos; or &apos;clearline notice show ID [--language LANG] [--given-to WHOM]&apos;.</source>
        <translation>Use &apos;clearline notice list&apos; ou &apos;clearline notice show ID [--language IDIOMA] [--given-to QUEM]&apos;.</translation>
    </message>
    <message>
        <source>No notice is waiting to be handed out.</source>
        <translation>Nenhum aviso está esperando para ser entregue.</translation>
    </message>
    <message>
        <source>To hand out: %1, for &quot;%2&quot;</source>
        <translation>A entregar: %1, para &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not one of your requests. A trip&apos;s notice is shown by &apos;clearline disclosure notice ID&apos;.</source>
        <translation>%1 não é uma das suas solicitações. O aviso de uma viagem é mostrado por &apos;clearline disclosure notice ID&apos;.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy asks for no notice with &quot;%1&quot;.</source>
        <translation>A política do seu distrito não pede nenhum aviso com &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This request&apos;s notices are: %1.</source>
        <translation>Os avisos desta solicitação são: %1.</translation>
    </message>
    <message>
        <source>Your district gives its notices in: %1.</source>
        <translation>Seu distrito fornece os avisos em: %1.</translation>
    </message>
    <message>
        <source>Recorded: handed out to %1.</source>
        <translation>Registrado: entregue a %1.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::PolicyCommand</name>
    <message>
        <source>Show this clause and what cites it.</source>
        <translation>Mostrar esta cláusula e o que a cita.</translation>
    </message>
    <message>
        <source>%1: valid (%2: %3 clauses, %4 rules, %5 procedures)</source>
        <translation>%1: válido (%2: %3 cláusulas, %4 regras, %5 procedimentos)</translation>
    </message>
    <message>
        <source>%1: refused (mistakes found: %2)</source>
        <translation>%1: recusado (erros encontrados: %2)</translation>
    </message>
    <message>
        <source>%1 is not a valid pack: %2 (run &apos;clearline policy validate %1&apos;)</source>
        <translation>%1 não é um pacote válido: %2 (execute &apos;clearline policy validate %1&apos;)</translation>
    </message>
    <message>
        <source>%1 has no clause &quot;%2&quot;.</source>
        <translation>%1 não tem nenhuma cláusula &quot;%2&quot;.</translation>
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
        <translation>nenhuma regra nem procedimento</translation>
    </message>
    <message>
        <source>Procedures:</source>
        <translation>Procedimentos:</translation>
    </message>
    <message>
        <source>Where keygen writes the district&apos;s signing key.</source>
        <translation>Onde o keygen grava a chave de assinatura do distrito.</translation>
    </message>
    <message>
        <source>The district signing key that sign uses.</source>
        <translation>A chave de assinatura do distrito que o sign usa.</translation>
    </message>
    <message>
        <source>signature: %1</source>
        <translation>assinatura: %1</translation>
    </message>
    <message>
        <source>Say where to keep the district&apos;s signing key: --out FILE</source>
        <translation>Informe onde guardar a chave de assinatura do distrito: --out ARQUIVO</translation>
    </message>
    <message>
        <source>%1 exists already; ClearLine never overwrites a signing key.</source>
        <translation>%1 já existe; o ClearLine nunca sobrescreve uma chave de assinatura.</translation>
    </message>
    <message>
        <source>Protect the district&apos;s signing key with a passphrase of at least %1 characters in CLEARLINE_PASSPHRASE.</source>
        <translation>Proteja a chave de assinatura do distrito com uma frase secreta de pelo menos %1 caracteres em CLEARLINE_PASSPHRASE.</translation>
    </message>
    <message>
        <source>ClearLine could not write %1.</source>
        <translation>O ClearLine não conseguiu gravar %1.</translation>
    </message>
    <message>
        <source>District signing key written to %1.</source>
        <translation>Chave de assinatura do distrito gravada em %1.</translation>
    </message>
    <message>
        <source>Fingerprint: %1 (staff profiles trust packs signed with it after &apos;clearline settings set district_key %1&apos;).</source>
        <translation>Impressão digital: %1 (os perfis da equipe confiam nos pacotes assinados com ela depois de &apos;clearline settings set district_key %1&apos;).</translation>
    </message>
    <message>
        <source>Say which signing key to use: --key FILE</source>
        <translation>Informe qual chave de assinatura usar: --key ARQUIVO</translation>
    </message>
    <message>
        <source>%1 has mistakes, so ClearLine will not sign it: %2</source>
        <translation>%1 tem erros, então o ClearLine não vai assiná-lo: %2</translation>
    </message>
    <message>
        <source>ClearLine could not read the signing key %1.</source>
        <translation>O ClearLine não conseguiu ler a chave de assinatura %1.</translation>
    </message>
    <message>
        <source>%1 is not a signing key.</source>
        <translation>%1 não é uma chave de assinatura.</translation>
    </message>
    <message>
        <source>Signed %1 with the key %2.</source>
        <translation>%1 assinado com a chave %2.</translation>
    </message>
    <message>
        <source>check: the channel used.</source>
        <translation>check: o meio usado.</translation>
    </message>
    <message>
        <source>check: students, parents or students-and-parents.</source>
        <translation>check: students, parents ou students-and-parents.</translation>
    </message>
    <message>
        <source>check: when (ISO 8601; default now).</source>
        <translation>check: quando (ISO 8601; padrão: agora).</translation>
    </message>
    <message>
        <source>check: a condition that holds (may be repeated).</source>
        <translation>check: uma condição que se aplica (pode ser repetida).</translation>
    </message>
    <message>
        <source>check: the student&apos;s grade (K = 0).</source>
        <translation>check: a série do aluno (K = 0).</translation>
    </message>
    <message>
        <source>%1 is not a valid pack: %2</source>
        <translation>%1 não é um pacote válido: %2</translation>
    </message>
    <message>
        <source>Give --channel (one of: %1) and --audience (one of: %2).</source>
        <translation>Informe --channel (um de: %1) e --audience (um de: %2).</translation>
    </message>
    <message>
        <source>--at takes a time like 2026-11-22T21:05:00-05:00.</source>
        <translation>--at precisa de um horário como 2026-11-22T21:05:00-05:00.</translation>
    </message>
    <message>
        <source>When: %1 in the district&apos;s time, %2.</source>
        <translation>Quando: %1 no horário do distrito, %2.</translation>
    </message>
    <message>
        <source>The policy says nothing about this channel for this audience.</source>
        <translation>A política não diz nada sobre este meio com este público.</translation>
    </message>
    <message>
        <source>Verdict: %1 (rule %2, § %3 %4)</source>
        <translation>Veredito: %1 (regra %2, § %3 %4)</translation>
    </message>
    <message>
        <source>Ask first with the procedure: %1</source>
        <translation>Peça autorização antes com o procedimento: %1</translation>
    </message>
    <message>
        <source>check: the person holds an approved request of this procedure that covers the contact (may be repeated).</source>
        <translation>check: a pessoa tem uma solicitação aprovada deste procedimento que cobre o contato (pode ser repetido).</translation>
    </message>
    <message>
        <source>The pack has no procedure &quot;%1&quot; for --approved.</source>
        <translation>O pacote não tem o procedimento &quot;%1&quot; para --approved.</translation>
    </message>
    <message>
        <source>Allowed by an approved request: %1</source>
        <translation>Permitido por uma solicitação aprovada: %1</translation>
    </message>
    <message>
        <source>Statements to make:</source>
        <translation>Declarações que você deve fazer:</translation>
    </message>
    <message>
        <source>[your name]</source>
        <translation>[seu nome]</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Quando: %1</translation>
    </message>
    <message>
        <source>check, read and sign district policy packs (validate, show, check, keygen, sign, holders)</source>
        <translation>verificar, ler e assinar pacotes de política do distrito (validate, show, check, keygen, sign, holders)</translation>
    </message>
    <message>
        <source>holders: the district&apos;s pack.yaml to change.</source>
        <translation>holders: o pack.yaml do distrito a alterar.</translation>
    </message>
    <message>
        <source>Use &apos;clearline policy validate PATH…&apos;, &apos;show PACK&apos;, &apos;keygen --out FILE&apos;, &apos;sign PACK --key FILE&apos; or &apos;holders add|remove ENROLMENT-FILE|FINGERPRINT --pack FILE&apos;.</source>
        <translation>Use &apos;clearline policy validate PATH…&apos;, &apos;show PACK&apos;, &apos;keygen --out FILE&apos;, &apos;sign PACK --key FILE&apos; ou &apos;holders add|remove ENROLMENT-FILE|FINGERPRINT --pack FILE&apos;.</translation>
    </message>
    <message>
        <source>check: the contact&apos;s purpose, one of the pack&apos;s purposes (its conditions hold).</source>
        <translation>check: o propósito do contato, um dos propósitos do pacote (suas condições valem).</translation>
    </message>
    <message>
        <source>%1 (a warning: the pack still loads)</source>
        <translation>%1 (um aviso: o pacote carrega mesmo assim)</translation>
    </message>
    <message>
        <source>The pack has no purpose &quot;%1&quot;; its purposes are: %2.</source>
        <translation>O pacote não tem o propósito &quot;%1&quot;; seus propósitos são: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Purposes of a contact:</source>
        <translation>Propósitos de um contato:</translation>
    </message>
    <message>
        <source>Family ties the policy names:</source>
        <translation>Vínculos familiares que a política nomeia:</translation>
    </message>
</context>
<context>
    <name>clearline::cli::RecordsCommand</name>
    <message>
        <source>Only records written by this person (part of a name or e-mail).</source>
        <translation>Só os registros escritos por esta pessoa (parte de um nome ou de um e-mail).</translation>
    </message>
    <message>
        <source>Only contacts and concerns with this student (initials or roster id).</source>
        <translation>Só os contatos e preocupações com este aluno (iniciais ou número de matrícula).</translation>
    </message>
    <message>
        <source>Only records of this school (its id in the district&apos;s pack).</source>
        <translation>Só os registros desta escola (o id dela no pacote do distrito).</translation>
    </message>
    <message>
        <source>Only records of this kind (memo, contact, request, …).</source>
        <translation>Só os registros deste tipo (memo, contact, request, …).</translation>
    </message>
    <message>
        <source>Only records last changed on or after this day (YYYY-MM-DD).</source>
        <translation>Só os registros alterados pela última vez neste dia ou depois (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only records last changed on or before this day (YYYY-MM-DD).</source>
        <translation>Só os registros alterados pela última vez neste dia ou antes (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>search: list at most N records (default %1; 0 lists all).</source>
        <translation>search: listar no máximo N registros (padrão: %1; 0 lista todos).</translation>
    </message>
    <message>
        <source>export: csv or pdf.</source>
        <translation>export: csv ou pdf.</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: o arquivo a ser gravado.</translation>
    </message>
    <message>
        <source>--%1 needs a day as YYYY-MM-DD, such as 2026-09-01.</source>
        <translation>--%1 precisa de um dia no formato YYYY-MM-DD, como 2026-09-01.</translation>
    </message>
    <message>
        <source>--from is after --to: no record could match.</source>
        <translation>--from é posterior a --to: nenhum registro poderia corresponder.</translation>
    </message>
    <message>
        <source>Use &apos;clearline records search [QUERY]&apos; or &apos;clearline records export --format csv|pdf --out FILE&apos;.</source>
        <translation>Use &apos;clearline records search [PESQUISA]&apos; ou &apos;clearline records export --format csv|pdf --out ARQUIVO&apos;.</translation>
    </message>
    <message>
        <source>--limit needs a number, 0 or more.</source>
        <translation>--limit precisa de um número, 0 ou maior.</translation>
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
        <translation>%1 de %2 registros (use --limit 0 para ver todos)</translation>
    </message>
    <message>
        <source>--format is csv or pdf.</source>
        <translation>--format é csv ou pdf.</translation>
    </message>
    <message>
        <source>--out needs the file to write, such as records.%1.</source>
        <translation>--out precisa do arquivo a ser gravado, como records.%1.</translation>
    </message>
    <message>
        <source>PDF export needs the web engine of the full ClearLine program; this one was started without it. Use --format csv, or run the clearline program itself.</source>
        <translation>A exportação para PDF precisa do motor web do programa ClearLine completo; este foi iniciado sem ele. Use --format csv ou execute o próprio programa clearline.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>%n registro gravado em %1.</numerusform>
            <numerusform>%n registros gravados em %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are NOT verified; see the verification column.</source>
        <translation>
            <numerusform>%n deles NÃO está verificado; veja a coluna de verificação.</numerusform>
            <numerusform>%n deles NÃO estão verificados; veja a coluna de verificação.</numerusform>
        </translation>
    </message>
    <message>
        <source>search: only the records whose retention period has ended and that no legal hold keeps.</source>
        <translation>search: só os registros cujo prazo de guarda terminou e que nenhuma retenção legal mantém.</translation>
    </message>
    <message>
        <source>with --retention-due: the day to judge on (YYYY-MM-DD) instead of today.</source>
        <translation>com --retention-due: o dia a considerar (AAAA-MM-DD) em vez de hoje.</translation>
    </message>
    <message>
        <source>hold: why the record must be kept.</source>
        <translation>hold: por que o registro deve ser guardado.</translation>
    </message>
    <message>
        <source>Name one record: &apos;clearline records %1 RECORD&apos;.</source>
        <translation>Indique um registro: &apos;clearline records %1 RECORD&apos;.</translation>
    </message>
    <message>
        <source>--retention-due lists every record that is due; it takes no words.</source>
        <translation>--retention-due lista todos os registros vencidos; não aceita palavras de busca.</translation>
    </message>
    <message>
        <source>--as-of goes with &apos;search --retention-due&apos;.</source>
        <translation>--as-of acompanha &apos;search --retention-due&apos;.</translation>
    </message>
    <message>
        <source>Only records you may see are included.</source>
        <translation>Só estão incluídos os registros que você pode ver.</translation>
    </message>
    <message>
        <source>search every record of the profile, and export the result as CSV or PDF (search, export); list the records whose retention period has ended, and place or release legal holds (hold, release); show one record and who can see it (show)</source>
        <translation>pesquisar todos os registros do perfil e exportar o resultado como CSV ou PDF (search, export); listar os registros cujo prazo de guarda terminou e aplicar ou liberar retenções legais (hold, release); mostrar um registro e quem pode vê-lo (show)</translation>
    </message>
    <message>
        <source>Name one record: &apos;clearline records show RECORD&apos;.</source>
        <translation>Indique um registro: &apos;clearline records show REGISTRO&apos;.</translation>
    </message>
    <message>
        <source>This profile holds no record %1.</source>
        <translation>Este perfil não guarda nenhum registro %1.</translation>
    </message>
    <message>
        <source>Who can see this: ClearLine cannot tell without your district&apos;s policy (%1).</source>
        <translation>Quem pode ver isto: o ClearLine não consegue saber sem a política do seu distrito (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The first %n part(s) were written.</source>
        <translation>
            <numerusform>A primeira parte foi gravada.</numerusform>
            <numerusform>As primeiras %n partes foram gravadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The paper copy of %n record(s) is too long for one PDF file, so ClearLine wrote it in %1 parts: %2.</source>
        <translation>
            <numerusform>A cópia em papel de %n registro é longa demais para um só arquivo PDF, então o ClearLine a gravou em %1 partes: %2.</numerusform>
            <numerusform>A cópia em papel de %n registros é longa demais para um só arquivo PDF, então o ClearLine a gravou em %1 partes: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::cli::RequestCommand</name>
    <message>
        <source>ask for what the district&apos;s policy asks approval for (kinds, new, list, show, correct, withdraw)</source>
        <translation>solicitar o que a política do distrito exige aprovar (kinds, new, list, show, correct, withdraw)</translation>
    </message>
    <message>
        <source>An answer, as the field&apos;s id and its value (may be repeated).</source>
        <translation>Uma resposta, como o id do campo e o seu valor (pode ser repetida).</translation>
    </message>
    <message>
        <source>A checklist item that is true (may be repeated).</source>
        <translation>Um item da lista de verificação que é verdadeiro (pode ser repetido).</translation>
    </message>
    <message>
        <source>Sign and send the request; without it, a draft is saved.</source>
        <translation>Assinar e enviar a solicitação; sem esta opção, um rascunho é salvo.</translation>
    </message>
    <message>
        <source>Why a request is corrected or withdrawn.</source>
        <translation>O motivo da correção ou da retirada de uma solicitação.</translation>
    </message>
    <message>
        <source>Use &apos;clearline request kinds&apos;, &apos;request new KIND --field NAME=VALUE … [--submit]&apos;, &apos;request list&apos;, &apos;request show ID&apos;, &apos;request correct ID --reason …&apos; or &apos;request withdraw ID --reason …&apos;.</source>
        <translation>Use &apos;clearline request kinds&apos;, &apos;request new TIPO --field NOME=VALOR … [--submit]&apos;, &apos;request list&apos;, &apos;request show ID&apos;, &apos;request correct ID --reason …&apos; ou &apos;request withdraw ID --reason …&apos;.</translation>
    </message>
    <message>
        <source>  (optional)</source>
        <translation>  (opcional)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2; its fields are: %3</source>
        <translation>&quot;%1&quot; não é um campo de %2; os campos são: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the checklist of %2.</source>
        <translation>&quot;%1&quot; não está na lista de verificação de %2.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy has no request called &quot;%1&quot;; &apos;clearline request kinds&apos; lists them.</source>
        <translation>A política do seu distrito não tem nenhuma solicitação chamada &quot;%1&quot;; &apos;clearline request kinds&apos; mostra a lista.</translation>
    </message>
    <message>
        <source>Draft saved: %1</source>
        <translation>Rascunho salvo: %1</translation>
    </message>
    <message>
        <source>Request sent: %1</source>
        <translation>Solicitação enviada: %1</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Ainda não há solicitações.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <source>%1 is not a request.</source>
        <translation>%1 não é uma solicitação.</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Rota:</translation>
    </message>
    <message>
        <source>Say why with --reason; it is kept with the correction.</source>
        <translation>Informe o motivo com --reason; ele fica guardado com a correção.</translation>
    </message>
    <message>
        <source>%1 is not a request under your district&apos;s current policy.</source>
        <translation>%1 não é uma solicitação segundo a política atual do seu distrito.</translation>
    </message>
    <message>
        <source>Request corrected: %1</source>
        <translation>Solicitação corrigida: %1</translation>
    </message>
    <message>
        <source>Say why with --reason; it is kept with the withdrawal.</source>
        <translation>Informe o motivo com --reason; ele fica guardado com a retirada.</translation>
    </message>
    <message>
        <source>Request withdrawn: %1</source>
        <translation>Solicitação retirada: %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>new: the approved request this one continues; its answers are filled in.</source>
        <translation>new: a solicitação aprovada que esta continua; as respostas dela são preenchidas.</translation>
    </message>
    <message>
        <source>%1 is not an approved request of yours that &quot;%2&quot; continues.</source>
        <translation>%1 não é uma solicitação sua aprovada que &quot;%2&quot; continue.</translation>
    </message>
    <message>
        <source>Next step: &quot;%1&quot; is approved; now send &quot;%2&quot;:</source>
        <translation>Próximo passo: &quot;%1&quot; foi aprovada; agora envie &quot;%2&quot;:</translation>
    </message>
</context>
<context>
    <name>clearline::cli::RetentionVerbs</name>
    <message>
        <source>--as-of needs a day as YYYY-MM-DD, such as 2033-07-01.</source>
        <translation>--as-of precisa de um dia como AAAA-MM-DD, por exemplo 2033-07-01.</translation>
    </message>
    <message numerus="yes">
        <source>Records whose retention period has ended by %1: %n record(s)</source>
        <translation>
            <numerusform>Registros cujo prazo de guarda terminou em %1: %n registro</numerusform>
            <numerusform>Registros cujo prazo de guarda terminou em %1: %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>ClearLine deletes nothing. Decide about each record as your district&apos;s records schedule says, or keep it with &apos;clearline records hold RECORD --reason TEXT&apos;.</source>
        <translation>O ClearLine não apaga nada. Decida sobre cada registro conforme a tabela de temporalidade do seu distrito, ou guarde-o com &apos;clearline records hold RECORD --reason TEXT&apos;.</translation>
    </message>
    <message>
        <source>Say why the record is held: --reason TEXT.</source>
        <translation>Diga por que o registro é retido: --reason TEXT.</translation>
    </message>
    <message>
        <source>Signed a legal hold on &quot;%1&quot;. It stays off the retention-due list until you release it.</source>
        <translation>Assinada uma retenção legal sobre &quot;%1&quot;. Ele fica fora da lista de vencidos até você liberá-la.</translation>
    </message>
    <message>
        <source>Released the legal hold on &quot;%1&quot;.</source>
        <translation>Liberada a retenção legal sobre &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::ReviewCommand</name>
    <message>
        <source>what waits for your decision, and your signed answers (queue, show, approve, deny, return)</source>
        <translation>o que aguarda a sua decisão e as suas respostas assinadas (queue, show, approve, deny, return)</translation>
    </message>
    <message>
        <source>What you tell the person who asked (needed to deny or return).</source>
        <translation>O que você diz à pessoa que fez a solicitação (necessário para negar ou devolver).</translation>
    </message>
    <message>
        <source>Only requests of this procedure.</source>
        <translation>Só as solicitações deste procedimento.</translation>
    </message>
    <message>
        <source>Only requests for this school.</source>
        <translation>Só as solicitações para esta escola.</translation>
    </message>
    <message>
        <source>Only requests from this person.</source>
        <translation>Só as solicitações desta pessoa.</translation>
    </message>
    <message>
        <source>decide, inform or overdue.</source>
        <translation>decide, inform ou overdue.</translation>
    </message>
    <message>
        <source>Show the request as the printable page (HTML).</source>
        <translation>Mostrar a solicitação como página para impressão (HTML).</translation>
    </message>
    <message>
        <source>Use &apos;clearline review queue&apos;, &apos;review show ID&apos; or &apos;review approve|deny|return ID --comment …&apos;.</source>
        <translation>Use &apos;clearline review queue&apos;, &apos;review show ID&apos; ou &apos;review approve|deny|return ID --comment …&apos;.</translation>
    </message>
    <message>
        <source>You %1 request %2.</source>
        <translation>Solicitação %2: %1 por você.</translation>
    </message>
    <message>
        <source>--state is decide, inform or overdue.</source>
        <translation>--state é decide, inform ou overdue.</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Nada aguarda você.</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ATRASADA</translation>
    </message>
    <message>
        <source>decide</source>
        <translation>para decidir</translation>
    </message>
    <message>
        <source>for your information</source>
        <translation>para sua informação</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) waiting</source>
        <translation>
            <numerusform>%n dia em espera</numerusform>
            <numerusform>%n dias em espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged %1: %2 of %3 staff</source>
        <translation>Confirmaram a leitura da política do ano letivo %1: %2 de %3 profissionais</translation>
    </message>
    <message>
        <source>not yet: %1</source>
        <translation>ainda não: %1</translation>
    </message>
    <message>
        <source>Trips with a shared number this week: %1</source>
        <translation>Viagens com um número compartilhado nesta semana: %1</translation>
    </message>
    <message>
        <source>Misuse reports this school year: %1</source>
        <translation>Relatos de uso indevido neste ano letivo: %1</translation>
    </message>
    <message>
        <source>Professional accounts registered: %1</source>
        <translation>Contas profissionais registradas: %1</translation>
    </message>
    <message>
        <source> — DOES NOT CHECK OUT</source>
        <translation> — NÃO É VÁLIDA</translation>
    </message>
    <message>
        <source>Duty: %1 (%2)</source>
        <translation>Tarefa: %1 (%2)</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>URGENTE</translation>
    </message>
    <message>
        <source>Waiting for district IT to confirm you as %1 (clearline enrol --role ROLE asks them).</source>
        <translation>Aguardando a TI do distrito confirmar você como %1 (clearline enrol --role ROLE faz o pedido).</translation>
    </message>
</context>
<context>
    <name>clearline::cli::RevisionHistory</name>
    <message>
        <source>signed by key %1</source>
        <translation>assinada com a chave %1</translation>
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
        <translation>A janela do ClearLine está aberta para este perfil. Para que as duas não alterem seus registros ao mesmo tempo, faça isso na janela, ou feche a janela e execute o comando de novo.</translation>
    </message>
    <message>
        <source>Authoring mode: the district&apos;s pack is not signed or not trusted; use this only to try a pack.</source>
        <translation>Modo de redação: o pacote do distrito não está assinado ou não é confiável; use-o só para testar um pacote.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::SettingsCommand</name>
    <message>
        <source>show or change a profile&apos;s settings (list, get KEY, set KEY VALUE)</source>
        <translation>ver ou alterar as configurações de um perfil (list, get CHAVE, set CHAVE VALOR)</translation>
    </message>
    <message>
        <source>Use &apos;clearline settings list&apos;, &apos;clearline settings get KEY&apos; or &apos;clearline settings set KEY VALUE&apos;.</source>
        <translation>Use &apos;clearline settings list&apos;, &apos;clearline settings get CHAVE&apos; ou &apos;clearline settings set CHAVE VALOR&apos;.</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Arquivo de configurações: %1</translation>
    </message>
    <message>
        <source>Data folder:   %1</source>
        <translation>Pasta de dados:   %1</translation>
    </message>
    <message>
        <source>There is no district pack &quot;%1&quot;: it is neither one of ClearLine&apos;s (%2) nor a pack file. The district was not changed.</source>
        <translation>Não existe o pacote de distrito &quot;%1&quot;: não é um dos do ClearLine (%2) nem um arquivo de pacote. O distrito não foi alterado.</translation>
    </message>
    <message>
        <source>The district policy %1 could not be read, so the district was not changed:
%2</source>
        <translation>Não foi possível ler a política do distrito %1, então o distrito não foi alterado:
%2</translation>
    </message>
    <message>
        <source>District file: %1</source>
        <translation>Arquivo do distrito: %1</translation>
    </message>
    <message>
        <source>(set by your district; cannot be changed)</source>
        <translation>(definido pelo seu distrito; não pode ser alterado)</translation>
    </message>
    <message>
        <source>(your district&apos;s default)</source>
        <translation>(padrão do seu distrito)</translation>
    </message>
</context>
<context>
    <name>clearline::contacts::ContactEntry</name>
    <message>
        <source>Say when the contact happened.</source>
        <translation>Informe quando o contato aconteceu.</translation>
    </message>
    <message>
        <source>Give the person&apos;s initials only (up to 8 letters), not their name.</source>
        <translation>Informe só as iniciais da pessoa (até 8 letras), não o nome.</translation>
    </message>
    <message>
        <source>Say whether it was a student or a parent or guardian.</source>
        <translation>Informe se foi um aluno ou um pai, mãe ou responsável.</translation>
    </message>
    <message>
        <source>Choose the channel: %1.</source>
        <translation>Escolha o meio: %1.</translation>
    </message>
    <message>
        <source>Your district asks you to begin with the parent or guardian%1.</source>
        <translation>O seu distrito pede que você comece pelo pai, pela mãe ou pelo responsável%1.</translation>
    </message>
    <message>
        <source>Your district discourages this%1; keep it to the purpose you logged.</source>
        <translation>O seu distrito desaconselha isto%1; limite-se ao motivo que você registrou.</translation>
    </message>
    <message>
        <source>Forward a copy of the message to your district account.</source>
        <translation>Encaminhe uma cópia da mensagem para a sua conta do distrito.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy does not allow this%1. It is logged as a self-report, so the record shows you told it as it was.</source>
        <translation>A política do seu distrito não permite isto%1. Fica registrado como autorrelato, para que o registro mostre que você contou como foi.</translation>
    </message>
    <message>
        <source>You are a mandated reporter: tell %1 now, and report to %2.</source>
        <translation>Você tem a obrigação legal de notificar: avise %1 agora e faça a notificação a %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>You are a mandated reporter: tell %1 now.</source>
        <translation>Você tem a obrigação legal de notificar: avise %1 agora.</translation>
    </message>
    <message>
        <source>You are a mandated reporter: follow your school&apos;s reporting procedure now, and report to %1.</source>
        <translation>Você tem a obrigação legal de notificar: siga agora o procedimento de notificação da sua escola e faça a notificação a %1.</translation>
    </message>
    <message>
        <source>You are a mandated reporter: follow your school&apos;s reporting procedure now.</source>
        <translation>Você tem a obrigação legal de notificar: siga agora o procedimento de notificação da sua escola.</translation>
    </message>
    <message>
        <source>%1 (or designee)</source>
        <translation>%1 (ou a pessoa designada)</translation>
    </message>
    <message>
        <source>Allowed: your approved request &quot;%1&quot; covers this%2.</source>
        <translation>Permitido: sua solicitação aprovada &quot;%1&quot; cobre isto%2.</translation>
    </message>
    <message>
        <source>Make sure the people you contact have had: %1.</source>
        <translation>Confira se as pessoas que você contata já receberam: %1.</translation>
    </message>
    <message>
        <source>This needs approval first%1: send the request &quot;%2&quot;.</source>
        <translation>Isto precisa de aprovação antes%1: envie a solicitação &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>(not in your district&apos;s policy)</source>
        <translation>(não está na política do seu distrito)</translation>
    </message>
    <message>
        <source>Say who was on the message: only this person, a group, or the student with a parent copied.</source>
        <translation>Diga quem estava na mensagem: só esta pessoa, um grupo ou o aluno com um responsável em cópia.</translation>
    </message>
    <message>
        <source>A parent is copied on a message to a student; for a parent, choose only this person or a group.</source>
        <translation>Um responsável vai em cópia numa mensagem a um aluno; para um responsável, escolha só esta pessoa ou um grupo.</translation>
    </message>
    <message>
        <source>Say which device you used: a district device or your own.</source>
        <translation>Diga que dispositivo usou: um do distrito ou o seu.</translation>
    </message>
    <message>
        <source>Say whose phone it reached: the student&apos;s own or the family&apos;s.</source>
        <translation>Diga a que telefone chegou: o do próprio aluno ou o da família.</translation>
    </message>
    <message>
        <source>Whose phone it reached is for a call or a text only.</source>
        <translation>A que telefone chegou se indica só para uma ligação ou uma mensagem de texto.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy names no purposes; leave the purpose out.</source>
        <translation>A política do seu distrito não nomeia propósitos; não indique nenhum.</translation>
    </message>
    <message>
        <source>Choose one of your district&apos;s purposes: %1.</source>
        <translation>Escolha um dos propósitos do seu distrito: %1.</translation>
    </message>
    <message>
        <source>To do: %1, by %2.</source>
        <translation>A fazer: %1, até %2.</translation>
    </message>
    <message>
        <source>To do: %1.</source>
        <translation>A fazer: %1.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy names no family ties; say only whether the student is your own child.</source>
        <translation>A política do seu distrito não nomeia vínculos familiares; diga só se o aluno é seu próprio filho ou filha.</translation>
    </message>
    <message>
        <source>Choose one of the family ties your district names: %1.</source>
        <translation>Escolha um dos vínculos familiares que seu distrito nomeia: %1.</translation>
    </message>
</context>
<context>
    <name>clearline::contacts::ContactFiling</name>
    <message>
        <source>There is no such entry (%1) in this profile.</source>
        <translation>Não existe essa entrada (%1) neste perfil.</translation>
    </message>
    <message>
        <source>Only the person who logged it can change it.</source>
        <translation>Só a pessoa que a registrou pode alterá-la.</translation>
    </message>
    <message>
        <source>This entry is already marked as forwarded.</source>
        <translation>Esta entrada já está marcada como encaminhada.</translation>
    </message>
    <message>
        <source>Copy forwarded to the district account</source>
        <translation>Cópia encaminhada para a conta do distrito</translation>
    </message>
    <message>
        <source>Say when you made the report.</source>
        <translation>Informe quando você fez a notificação.</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Notificação feita</translation>
    </message>
    <message>
        <source>This entry has nothing to do.</source>
        <translation>Este registro não tem nada pendente.</translation>
    </message>
    <message>
        <source>This entry has no to-do &quot;%1&quot;; its to-dos are: %2.</source>
        <translation>Este registro não tem a tarefa pendente &quot;%1&quot;; suas tarefas pendentes são: %2.</translation>
    </message>
    <message>
        <source>This is already done.</source>
        <translation>Isto já está feito.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Feito: %1</translation>
    </message>
</context>
<context>
    <name>clearline::contacts::ContactToDoItem</name>
    <message>
        <source>Tell the %1 about this contact</source>
        <translation>Informe %1 sobre este contato</translation>
    </message>
    <message>
        <source>Forward a copy of the message to your district account</source>
        <translation>Encaminhe uma cópia da mensagem à sua conta do distrito</translation>
    </message>
    <message>
        <source>Send a copy of the message to the student&apos;s parent or guardian</source>
        <translation>Envie uma cópia da mensagem ao responsável pelo aluno</translation>
    </message>
    <message>
        <source>Write a memo about this contact</source>
        <translation>Escreva um memorando sobre este contato</translation>
    </message>
</context>
<context>
    <name>clearline::contacts::VocabularyWords</name>
    <message>
        <source>Text from my own cell phone</source>
        <translation>Mensagem de texto do meu próprio celular</translation>
    </message>
    <message>
        <source>Call from my own cell phone</source>
        <translation>Ligação do meu próprio celular</translation>
    </message>
    <message>
        <source>My personal e-mail</source>
        <translation>Meu e-mail pessoal</translation>
    </message>
    <message>
        <source>My personal social-media account</source>
        <translation>Minha conta pessoal de rede social</translation>
    </message>
    <message>
        <source>A professional social-media account</source>
        <translation>Uma conta profissional de rede social</translation>
    </message>
    <message>
        <source>District e-mail</source>
        <translation>E-mail do distrito</translation>
    </message>
    <message>
        <source>District phone</source>
        <translation>Telefone do distrito</translation>
    </message>
    <message>
        <source>An approved messaging tool</source>
        <translation>Uma ferramenta de mensagens aprovada</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Pessoalmente</translation>
    </message>
    <message>
        <source>A student</source>
        <translation>Um aluno</translation>
    </message>
    <message>
        <source>A parent or guardian</source>
        <translation>Um pai, uma mãe ou um responsável</translation>
    </message>
    <message>
        <source>A student and a parent</source>
        <translation>Um aluno e um responsável</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>permitido</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>não permitido</translation>
    </message>
    <message>
        <source>discouraged</source>
        <translation>desaconselhado</translation>
    </message>
    <message>
        <source>begin with the parent</source>
        <translation>começar pelo responsável</translation>
    </message>
    <message>
        <source>needs approval first</source>
        <translation>precisa de aprovação antes</translation>
    </message>
    <message>
        <source>Only this person</source>
        <translation>Só esta pessoa</translation>
    </message>
    <message>
        <source>A group, a class or a team</source>
        <translation>Um grupo, uma turma ou uma equipe</translation>
    </message>
    <message>
        <source>The student, with a parent or guardian copied</source>
        <translation>O aluno, com um responsável em cópia</translation>
    </message>
    <message>
        <source>A district device</source>
        <translation>Um dispositivo do distrito</translation>
    </message>
    <message>
        <source>My own device</source>
        <translation>Meu próprio dispositivo</translation>
    </message>
    <message>
        <source>The student&apos;s own phone</source>
        <translation>O telefone do próprio aluno</translation>
    </message>
    <message>
        <source>The family&apos;s phone</source>
        <translation>O telefone da família</translation>
    </message>
</context>
<context>
    <name>clearline::core::FileAccess</name>
    <message>
        <source>ClearLine may not read %1: it belongs to another user account, or its permissions keep you out. Open your own profile, or ask your IT staff for access.</source>
        <translation>O ClearLine não tem permissão para ler %1: pertence a outra conta de usuário, ou as permissões não deixam você entrar. Abra o seu próprio perfil ou peça acesso à equipe de TI.</translation>
    </message>
</context>
<context>
    <name>clearline::core::Languages</name>
    <message>
        <source>English</source>
        <comment>the name of the language you translate to, in that language</comment>
        <translation>português (Brasil)</translation>
    </message>
</context>
<context>
    <name>clearline::core::Profile</name>
    <message>
        <source>ClearLine cannot keep its data in %1 because a file has that name. Choose another folder.</source>
        <translation>O ClearLine não pode guardar seus dados em %1 porque um arquivo tem esse nome. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>ClearLine could not create the folder %1. Check that the disk is not full and that you may write there, or choose another folder.</source>
        <translation>O ClearLine não conseguiu criar a pasta %1. Verifique se o disco não está cheio e se você tem permissão para gravar ali, ou escolha outra pasta.</translation>
    </message>
    <message>
        <source>ClearLine may not write to the folder %1. Choose a folder of your own, or ask your IT staff for access.</source>
        <translation>O ClearLine não tem permissão para gravar na pasta %1. Escolha uma pasta sua ou peça acesso à equipe de TI.</translation>
    </message>
</context>
<context>
    <name>clearline::core::Settings</name>
    <message>
        <source>There is no setting called &quot;%1&quot;. The settings are: %2.</source>
        <translation>Não existe uma configuração chamada &quot;%1&quot;. As configurações são: %2.</translation>
    </message>
    <message>
        <source>ClearLine has no &quot;%1&quot; translation. Choose one of: %2, or leave it empty to follow the system.</source>
        <translation>O ClearLine não tem a tradução &quot;%1&quot;. Escolha uma destas: %2, ou deixe vazio para seguir o sistema.</translation>
    </message>
    <message>
        <source>ClearLine could not save your settings to %1. Check that the disk is not full and that you may write to that folder.</source>
        <translation>O ClearLine não conseguiu salvar suas configurações em %1. Verifique se o disco não está cheio e se você tem permissão para gravar nessa pasta.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged, so ClearLine did not change it. Rename or remove it and try again.</source>
        <translation>O arquivo de configurações %1 está danificado, então o ClearLine não o alterou. Renomeie ou remova o arquivo e tente de novo.</translation>
    </message>
    <message>
        <source>There is no folder %1. Connect the shared drive, or create the folder, and try again.</source>
        <translation>A pasta %1 não existe. Conecte a unidade compartilhada ou crie a pasta e tente de novo.</translation>
    </message>
    <message>
        <source>Say for how many days to keep backups, as a number from 1 to %1 (the usual is %2).</source>
        <translation>Diga por quantos dias guardar as cópias de segurança, com um número de 1 a %1 (o usual é %2).</translation>
    </message>
    <message>
        <source>Your district sets &quot;%1&quot; for everyone on this computer, so it cannot be changed here. Ask your district&apos;s IT staff if it should be different.</source>
        <translation>Seu distrito define &quot;%1&quot; para todos neste computador, então não pode ser alterado aqui. Pergunte à equipe de TI do seu distrito se deveria ser diferente.</translation>
    </message>
    <message>
        <source>The paper is &quot;letter&quot; or &quot;a4&quot;, or empty for the usual paper where this computer is set up.</source>
        <translation>O papel é &quot;letter&quot; (carta) ou &quot;a4&quot;, ou vazio para o papel usual de onde este computador está configurado.</translation>
    </message>
</context>
<context>
    <name>clearline::crypto::Identity</name>
    <message>
        <source>This profile already belongs to someone; ClearLine never replaces a person&apos;s key. Use another profile folder.</source>
        <translation>Este perfil já pertence a alguém; o ClearLine nunca substitui a chave de uma pessoa. Use outra pasta de perfil.</translation>
    </message>
    <message>
        <source>A name and a district e-mail address are needed to make your identity.</source>
        <translation>São necessários um nome e um endereço de e-mail do distrito para criar sua identidade.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows.</source>
        <translation>&quot;%1&quot; não é um fuso horário que este computador conheça.</translation>
    </message>
    <message>
        <source>ClearLine could not save your identity in %1. Check that the disk is not full.</source>
        <translation>O ClearLine não conseguiu salvar sua identidade em %1. Verifique se o disco não está cheio.</translation>
    </message>
    <message>
        <source>This profile has no identity yet. Set it up first (in the window, or with &apos;clearline init&apos;).</source>
        <translation>Este perfil ainda não tem identidade. Configure-o primeiro (na janela ou com &apos;clearline init&apos;).</translation>
    </message>
    <message>
        <source>The identity file %1 is damaged. Restore it from a backup; ClearLine will not make a new key over it.</source>
        <translation>O arquivo de identidade %1 está danificado. Restaure-o a partir de um backup; o ClearLine não vai criar uma chave nova por cima dele.</translation>
    </message>
    <message>
        <source>The key ClearLine found is not the one of this profile&apos;s identity, so it will not sign with it. Restore the profile from a backup.</source>
        <translation>A chave que o ClearLine encontrou não é a da identidade deste perfil, então ele não vai assinar com ela. Restaure o perfil a partir de um backup.</translation>
    </message>
</context>
<context>
    <name>clearline::crypto::KeyStore</name>
    <message>
        <source>The system key store did not take your key (%1).</source>
        <translation>O chaveiro do sistema não aceitou sua chave (%1).</translation>
    </message>
    <message>
        <source>This computer has no key store, so your key must be protected by a passphrase of at least %1 characters.</source>
        <translation>Este computador não tem um chaveiro, então sua chave precisa ser protegida por uma frase secreta de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>ClearLine could not save your key to %1. Check that the disk is not full and that you may write there.</source>
        <translation>O ClearLine não conseguiu salvar sua chave em %1. Verifique se o disco não está cheio e se você tem permissão para gravar ali.</translation>
    </message>
    <message>
        <source>ClearLine could not read your key from the system key store (%1). Unlock your key ring and try again.</source>
        <translation>O ClearLine não conseguiu ler sua chave do chaveiro do sistema (%1). Desbloqueie seu chaveiro e tente de novo.</translation>
    </message>
    <message>
        <source>The file that holds your key, %1, is missing or cannot be read. Without it ClearLine cannot sign in your name; restore it from a backup.</source>
        <translation>O arquivo que guarda sua chave, %1, está faltando ou não pode ser lido. Sem ele, o ClearLine não pode assinar em seu nome; restaure-o a partir de um backup.</translation>
    </message>
    <message>
        <source>Your key is protected by a passphrase, and none was given. On the command line, set CLEARLINE_PASSPHRASE.</source>
        <translation>Sua chave está protegida por uma frase secreta, e nenhuma foi informada. Na linha de comando, defina CLEARLINE_PASSPHRASE.</translation>
    </message>
</context>
<context>
    <name>clearline::crypto::PassphraseBox</name>
    <message>
        <source>The file that holds your key is damaged, so ClearLine cannot unlock it.</source>
        <translation>O arquivo que guarda sua chave está danificado, então o ClearLine não consegue desbloqueá-la.</translation>
    </message>
    <message>
        <source>This computer does not have enough free memory to unlock your key. Close other programs and try again.</source>
        <translation>Este computador não tem memória livre suficiente para desbloquear sua chave. Feche outros programas e tente de novo.</translation>
    </message>
    <message>
        <source>That passphrase is not the one that protects your key. Check it and try again.</source>
        <translation>Essa frase secreta não é a que protege sua chave. Confira e tente de novo.</translation>
    </message>
    <message>
        <source>The file that holds your key asks for far more work to unlock than ClearLine ever uses, so it is damaged or was not made by ClearLine. ClearLine did not try to unlock it.</source>
        <translation>O arquivo que guarda sua chave pede muito mais trabalho para desbloqueá-la do que o ClearLine jamais usa, então ele está danificado ou não foi criado pelo ClearLine. O ClearLine não tentou desbloqueá-la.</translation>
    </message>
</context>
<context>
    <name>clearline::crypto::SealedFile</name>
    <message>
        <source>The file could not be locked for its readers.</source>
        <translation>Não foi possível trancar o arquivo para os seus leitores.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>One of the people this file is for has a key ClearLine cannot use.</source>
        <translation>Uma das pessoas a quem este arquivo se destina tem uma chave que o ClearLine não pode usar.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or was changed after it was made, so nothing in it was read.</source>
        <translation>%1 está danificado ou foi alterado depois de criado, então nada do seu conteúdo foi lido.</translation>
    </message>
    <message>
        <source>Your key cannot open locked files.</source>
        <translation>A sua chave não consegue abrir arquivos trancados.</translation>
    </message>
    <message>
        <source>%1 is not addressed to you.</source>
        <translation>%1 não é destinado a você.</translation>
    </message>
</context>
<context>
    <name>clearline::disclosures::Disclosure</name>
    <message>
        <source>Name the trip or event.</source>
        <translation>Informe o nome da viagem ou do evento.</translation>
    </message>
    <message>
        <source>Give the trip&apos;s first and last day.</source>
        <translation>Informe o primeiro e o último dia da viagem.</translation>
    </message>
    <message>
        <source>The trip&apos;s last day comes before its first day.</source>
        <translation>O último dia da viagem vem antes do primeiro.</translation>
    </message>
    <message>
        <source>Give the phone number you will share, such as 978-555-0142.</source>
        <translation>Informe o número de telefone que você vai compartilhar, como 978-555-0142.</translation>
    </message>
    <message>
        <source>Say whether it is your personal cell or your home number.</source>
        <translation>Informe se é o seu celular pessoal ou o número da sua casa.</translation>
    </message>
    <message>
        <source>Say whom you share it with: students, parents, or both.</source>
        <translation>Informe com quem você compartilha: alunos, pais ou ambos.</translation>
    </message>
    <message>
        <source>The number of students cannot be negative.</source>
        <translation>O número de alunos não pode ser negativo.</translation>
    </message>
    <message>
        <source>students</source>
        <translation>alunos</translation>
    </message>
    <message>
        <source>parents and guardians</source>
        <translation>pais e responsáveis</translation>
    </message>
    <message>
        <source>students and their parents</source>
        <translation>alunos e seus pais</translation>
    </message>
</context>
<context>
    <name>clearline::disclosures::DisclosureFiling</name>
    <message>
        <source>Your district&apos;s policy does not allow giving out this number (§ %1 %2).</source>
        <translation>A política do seu distrito não permite dar este número (§ %1 %2).</translation>
    </message>
    <message>
        <source>Your district&apos;s policy does not allow giving out this number.</source>
        <translation>A política do seu distrito não permite dar este número.</translation>
    </message>
    <message>
        <source>Instead:</source>
        <translation>Em vez disso:</translation>
    </message>
    <message>
        <source>I will give the number to the parents or guardians first, and use it only for the trip&apos;s educational, informational or safety purposes.</source>
        <translation>Vou dar o número primeiro aos pais ou responsáveis e usá-lo só para fins educacionais, informativos ou de segurança da viagem.</translation>
    </message>
    <message>
        <source>I will use this number only for the trip&apos;s educational, informational or safety purposes.</source>
        <translation>Vou usar este número só para fins educacionais, informativos ou de segurança da viagem.</translation>
    </message>
    <message>
        <source>Your district discourages this. Confirm first: &quot;%1&quot;</source>
        <translation>O seu distrito desaconselha isto. Confirme antes: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no trip disclosure %1 in this profile.</source>
        <translation>Não existe nenhuma divulgação de número para viagem %1 neste perfil.</translation>
    </message>
    <message>
        <source>Only the person who gave the number can change its disclosure.</source>
        <translation>Só a pessoa que deu o número pode alterar a divulgação dele.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy names no request for this disclosure.</source>
        <translation>A política do seu distrito não indica nenhuma solicitação para esta divulgação.</translation>
    </message>
    <message>
        <source>This is not the request your district asks for with this disclosure.</source>
        <translation>Esta não é a solicitação que o seu distrito pede para esta divulgação.</translation>
    </message>
    <message>
        <source>You have asked already; the request is waiting for an answer.</source>
        <translation>Você já solicitou; a solicitação está aguardando uma resposta.</translation>
    </message>
    <message>
        <source>There is no request %1 in this profile.</source>
        <translation>Não existe nenhuma solicitação %1 neste perfil.</translation>
    </message>
    <message>
        <source>Authorization requested</source>
        <translation>Autorização solicitada</translation>
    </message>
    <message>
        <source>Say to whom you handed the notice, such as &quot;the team&apos;s parents at the meeting&quot;.</source>
        <translation>Informe a quem você entregou o aviso, como &quot;os pais da equipe na reunião&quot;.</translation>
    </message>
    <message>
        <source>The number may not be given out yet: %1</source>
        <translation>O número ainda não pode ser dado: %1</translation>
    </message>
    <message>
        <source>Notice handed out to %1</source>
        <translation>Aviso entregue a %1</translation>
    </message>
    <message>
        <source>Say what happened: who used the number, when, and for what.</source>
        <translation>Informe o que aconteceu: quem usou o número, quando e para quê.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unauthorized use of my number: %1</source>
        <translation>Uso não autorizado do meu número: %1</translation>
    </message>
    <message>
        <source>Unauthorized use reported</source>
        <translation>Uso não autorizado informado</translation>
    </message>
    <message>
        <source>This disclosure is closed already.</source>
        <translation>Esta divulgação já está encerrada.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
</context>
<context>
    <name>clearline::disclosures::DisclosureStatus</name>
    <message>
        <source>Ask first</source>
        <translation>Pedir autorização antes</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>Não autorizada</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Número dado</translation>
    </message>
    <message>
        <source>Close today</source>
        <translation>Encerrar hoje</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <source>Your district asks for approval before you give out this number. Ask for it now.</source>
        <translation>O seu distrito pede aprovação antes de você dar este número. Solicite agora.</translation>
    </message>
    <message>
        <source>Do not give out the number yet. %1</source>
        <translation>Não dê o número ainda. %1</translation>
    </message>
    <message>
        <source>Do not give out the number. %1</source>
        <translation>Não dê o número. %1</translation>
    </message>
    <message>
        <source>You may give out the number. Hand out the notice with it and record to whom.</source>
        <translation>Você pode dar o número. Entregue o aviso junto com ele e registre a quem.</translation>
    </message>
    <message>
        <source>The notice was handed out. Report any misuse of the number at once.</source>
        <translation>O aviso foi entregue. Informe imediatamente qualquer uso indevido do número.</translation>
    </message>
    <message>
        <source>The trip ends today. Close the disclosure once it is over, noting any follow-up.</source>
        <translation>A viagem termina hoje. Encerre a divulgação quando ela acabar, anotando qualquer acompanhamento.</translation>
    </message>
    <message>
        <source>The trip is over but the disclosure is still open. Close it, noting any follow-up.</source>
        <translation>A viagem já acabou, mas a divulgação continua aberta. Encerre-a, anotando qualquer acompanhamento.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Encerrada.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::AutoBackup</name>
    <message>
        <source>There is not enough room on the disk for today&apos;s backup of your records, so none was made. Your records and your earlier backups are unchanged. Free some space; ClearLine tries again the next time it saves.</source>
        <translation>Não há espaço suficiente no disco para a cópia de segurança de hoje dos seus registros, então nenhuma foi feita. Seus registros e suas cópias anteriores não mudaram. Libere algum espaço; o ClearLine tentará de novo na próxima vez que salvar.</translation>
    </message>
    <message>
        <source>ClearLine could not make the folder %1 for the backups of your records. Your records are unchanged.</source>
        <translation>O ClearLine não conseguiu criar a pasta %1 para as cópias de segurança dos seus registros. Seus registros não mudaram.</translation>
    </message>
    <message>
        <source>Today&apos;s backup of your records could not be made. Your records and your earlier backups are unchanged. (%1)</source>
        <translation>Não foi possível fazer a cópia de segurança de hoje dos seus registros. Seus registros e suas cópias anteriores não mudaram. (%1)</translation>
    </message>
    <message>
        <source>Today&apos;s backup of your records did not pass its check, so it was not kept. Your earlier backups are unchanged. Run &apos;clearline ledger verify&apos; to check your records. (%1)</source>
        <translation>A cópia de segurança de hoje dos seus registros não passou na verificação, então não foi guardada. Suas cópias anteriores não mudaram. Execute &apos;clearline ledger verify&apos; para verificar seus registros. (%1)</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>hoje às %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ontem às %1</translation>
    </message>
    <message numerus="yes">
        <source>on %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>em %1 (há %n dia)</numerusform>
            <numerusform>em %1 (há %n dias)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::ledger::Database</name>
    <message>
        <source>There are no records in %1 yet.</source>
        <translation>Ainda não há registros em %1.</translation>
    </message>
    <message>
        <source>These records are in format %1, and this ClearLine reads format %2. Open them once in ClearLine (not read-only) to update them.</source>
        <translation>Estes registros estão no formato %1, e esta versão do ClearLine lê o formato %2. Abra-os uma vez no ClearLine (não em somente leitura) para atualizá-los.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::Ledger</name>
    <message>
        <source>This record changed since you opened it. Open it again to see the latest version, then make your correction.</source>
        <translation>Este registro mudou desde que você o abriu. Abra-o de novo para ver a versão mais recente e depois faça sua correção.</translation>
    </message>
    <message>
        <source>Say why you are correcting this record; the reason is kept with the correction.</source>
        <translation>Informe por que você está corrigindo este registro; o motivo fica guardado com a correção.</translation>
    </message>
    <message>
        <source>This record exists already; a change to it must say which version it corrects.</source>
        <translation>Este registro já existe; uma alteração nele precisa indicar qual versão corrige.</translation>
    </message>
    <message>
        <source>ClearLine cannot save this record: its contents are incomplete.</source>
        <translation>O ClearLine não pode salvar este registro: o conteúdo está incompleto.</translation>
    </message>
    <message>
        <source>ClearLine could not read the file %1.</source>
        <translation>O ClearLine não conseguiu ler o arquivo %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large to attach. Keep it in your district&apos;s document system and mention where in your memo.</source>
        <translation>%1 tem mais de %2 MB, grande demais para anexar. Guarde-o no sistema de documentos do seu distrito e mencione no seu memorando onde ele está.</translation>
    </message>
    <message>
        <source>There is no record &quot;%1&quot;.</source>
        <translation>Não existe nenhum registro &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>More than one record starts with &quot;%1&quot;; give more of its id.</source>
        <translation>Mais de um registro começa com &quot;%1&quot;; informe mais caracteres do id.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name for the backup.</source>
        <translation>%1 já existe; escolha um novo nome de arquivo para o backup.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no records.</source>
        <translation>%1 está vazio: não contém registros.</translation>
    </message>
    <message>
        <source>%1 is not a document but a device, a pipe or a folder, so ClearLine does not attach it. Attach a file saved on disk.</source>
        <translation>%1 não é um documento, e sim um dispositivo, um pipe ou uma pasta, então o ClearLine não o anexa. Anexe um arquivo salvo no disco.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::LedgerLock</name>
    <message>
        <source>ClearLine is already open with these records (program %1, process %2). Close it first; two copies writing at once could damage them.</source>
        <translation>O ClearLine já está aberto com estes registros (programa %1, processo %2). Feche-o primeiro; duas cópias gravando ao mesmo tempo poderiam danificá-los.</translation>
    </message>
    <message>
        <source>Another ClearLine is opening these records at this moment. Try again in a few seconds.</source>
        <translation>Outro ClearLine está abrindo estes registros neste momento. Tente novamente em alguns segundos.</translation>
    </message>
    <message>
        <source>The disk is full, so ClearLine could not open your records to save. Nothing already saved was lost. Free some space and try again.</source>
        <translation>O disco está cheio, então o ClearLine não conseguiu abrir seus registros para salvar. Nada do que já estava salvo foi perdido. Libere algum espaço e tente novamente.</translation>
    </message>
    <message>
        <source>ClearLine may not write to %1. Check that the folder is not read-only, or ask your IT staff.</source>
        <translation>O ClearLine não tem permissão para gravar em %1. Verifique se a pasta não é somente leitura ou fale com a equipe de TI.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::LedgerRestore</name>
    <message>
        <source>The backup %1 did not pass verification (%2), so nothing was changed. Choose another backup.</source>
        <translation>O backup %1 não passou na verificação (%2), então nada foi alterado. Escolha outro backup.</translation>
    </message>
    <message>
        <source>The backup %1 is not of this profile: it does not hold its key (fingerprint %2). Nothing was changed. Choose a backup of this profile.</source>
        <translation>O backup %1 não é deste perfil: não contém a chave dele (impressão digital %2). Nada foi alterado. Escolha um backup deste perfil.</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Não existe o arquivo de backup %1.</translation>
    </message>
    <message>
        <source>ClearLine could not copy the backup %1 into %2. Check that the disk is not full. Nothing was changed.</source>
        <translation>O ClearLine não conseguiu copiar o backup %1 para %2. Verifique se o disco não está cheio. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used, so nothing was changed: %2</source>
        <translation>O backup %1 não pode ser usado, então nada foi alterado: %2</translation>
    </message>
    <message>
        <source>ClearLine could not put the backup in place of %1. Nothing was changed.</source>
        <translation>O ClearLine não conseguiu colocar o backup no lugar de %1. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The records file of this profile (%1) is empty, although the profile has an identity: it was cut short, perhaps when the computer stopped while saving.</source>
        <translation>O arquivo de registros deste perfil (%1) está vazio, embora o perfil tenha uma identidade: ele ficou incompleto, talvez porque o computador parou enquanto salvava.</translation>
    </message>
    <message>
        <source>The records file of this profile (%1) is missing, although the profile has an identity: it was moved or deleted.</source>
        <translation>O arquivo de registros deste perfil (%1) não está lá, embora o perfil tenha uma identidade: ele foi movido ou excluído.</translation>
    </message>
    <message>
        <source>ClearLine will not start a new, empty one in its place. Restore your latest backup: %1</source>
        <translation>O ClearLine não vai criar um novo, vazio, no lugar dele. Restaure seu backup mais recente: %1</translation>
    </message>
    <message>
        <source>The records file of this profile (%1) is damaged: part of it can no longer be read, so ClearLine will not answer as if it were whole. ClearLine has not changed it. Restore your latest backup: %2</source>
        <translation>O arquivo de registros deste perfil (%1) está danificado: uma parte dele não pode mais ser lida, então o ClearLine não vai responder como se ele estivesse completo. O ClearLine não o alterou. Restaure seu backup mais recente: %2</translation>
    </message>
    <message>
        <source>Your records file (%1) is damaged: part of it can no longer be read, so what ClearLine shows may be incomplete. Do not take a short or empty list as the truth. ClearLine has not changed the file.</source>
        <translation>O arquivo dos seus registros (%1) está danificado: parte dele não pode mais ser lida, então o que o ClearLine mostra pode estar incompleto. Não tome uma lista curta ou vazia como a verdade. O ClearLine não alterou o arquivo.</translation>
    </message>
    <message>
        <source>There is no automatic backup of it yet. Ask your IT staff to restore a copy of your records (%1).</source>
        <translation>Ainda não há nenhuma cópia de segurança automática. Peça à equipe de TI que restaure uma cópia dos seus registros (%1).</translation>
    </message>
    <message>
        <source>Restore your latest good backup, made %1: close ClearLine and run %2</source>
        <translation>Restaure sua última cópia de segurança em bom estado, feita %1: feche o ClearLine e execute %2</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::Memo</name>
    <message>
        <source>Give the memo a title, for example &quot;Call with a parent about the field trip&quot;.</source>
        <translation>Dê um título ao memorando, por exemplo &quot;Ligação com um responsável sobre a excursão&quot;.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters; put the details in the text.</source>
        <translation>O título tem mais de %1 caracteres; coloque os detalhes no texto.</translation>
    </message>
    <message>
        <source>Write what happened in the memo&apos;s text.</source>
        <translation>Escreva no texto do memorando o que aconteceu.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::Migrations</name>
    <message>
        <source>Your records were saved by a newer version of ClearLine (format %1; this one knows up to %2). Update ClearLine to open them; nothing was changed.</source>
        <translation>Seus registros foram salvos por uma versão mais nova do ClearLine (formato %1; esta conhece até o %2). Atualize o ClearLine para abri-los; nada foi alterado.</translation>
    </message>
    <message>
        <source>ClearLine could not copy your records aside before updating their format, so it left them as they were. %1</source>
        <translation>O ClearLine não conseguiu fazer uma cópia à parte dos seus registros antes de atualizar o formato deles, então os deixou como estavam. %1</translation>
    </message>
    <message>
        <source>Updating the format of your records failed at step %1, so nothing was changed. %2</source>
        <translation>A atualização do formato dos seus registros falhou na etapa %1, então nada foi alterado. %2</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::RecordCheck</name>
    <message>
        <source>its revisions could not be read (%1)</source>
        <translation>não foi possível ler as versões (%1)</translation>
    </message>
    <message>
        <source>revision %1 was changed after it was signed</source>
        <translation>a versão %1 foi alterada depois de ser assinada</translation>
    </message>
    <message>
        <source>revision %1 has a signature that is not valid</source>
        <translation>a versão %1 tem uma assinatura que não é válida</translation>
    </message>
    <message>
        <source>revision %1 is signed by a key this ledger does not know (fingerprint %2)</source>
        <translation>a versão %1 foi assinada com uma chave que este livro de registros não conhece (impressão digital %2)</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::SqlError</name>
    <message>
        <source>The disk is full, so ClearLine could not save. Nothing already saved was lost. Free some space and try again.</source>
        <translation>O disco está cheio, então o ClearLine não conseguiu salvar. Nada do que já estava salvo foi perdido. Libere um pouco de espaço e tente de novo.</translation>
    </message>
    <message>
        <source>ClearLine may only read %1, so it could not save. Nothing already saved was lost. Check that the folder is not read-only, or ask your IT staff.</source>
        <translation>O ClearLine só tem permissão para ler %1, então não conseguiu salvar. Nada do que já estava salvo foi perdido. Verifique se a pasta não é somente leitura ou fale com a equipe de TI.</translation>
    </message>
    <message>
        <source>Another program is using your records (%1) right now, so ClearLine could not save. Nothing already saved was lost. Try again in a moment.</source>
        <translation>Outro programa está usando seus registros (%1) agora, então o ClearLine não conseguiu salvar. Nada do que já estava salvo foi perdido. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>ClearLine could not open %1. Check that the folder exists and that you may write there.</source>
        <translation>O ClearLine não conseguiu abrir %1. Verifique se a pasta existe e se você tem permissão para gravar ali.</translation>
    </message>
    <message>
        <source>ClearLine could not read or save your records in %1. Nothing already saved was lost.</source>
        <translation>O ClearLine não conseguiu ler nem salvar seus registros em %1. Nada do que já estava salvo foi perdido.</translation>
    </message>
    <message>
        <source>The file that holds your records (%1) is damaged. ClearLine has not changed it. Keep a copy of it and restore your latest backup: clearline ledger restore --from BACKUP</source>
        <translation>O arquivo que guarda seus registros (%1) está danificado. O ClearLine não o alterou. Guarde uma cópia dele e restaure seu backup mais recente: clearline ledger restore --from BACKUP</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::StorageCheck</name>
    <message>
        <source>%1 is inside a folder that a cloud sync program (%2) copies while ClearLine writes, which can damage your records. Keep your ClearLine profile in a local folder; to share records, use sync bundles.</source>
        <translation>%1 está dentro de uma pasta que um programa de sincronização na nuvem (%2) copia enquanto o ClearLine grava, o que pode danificar seus registros. Mantenha seu perfil do ClearLine em uma pasta local; para compartilhar registros, use lotes de sincronização.</translation>
    </message>
    <message>
        <source>%1 is on a network drive (%2). Records kept there can be damaged when the network hiccups. Keep your ClearLine profile on this computer&apos;s own disk; to share records, use sync bundles.</source>
        <translation>%1 está em uma unidade de rede (%2). Registros guardados ali podem ser danificados quando a rede tem uma falha momentânea. Mantenha seu perfil do ClearLine no disco deste computador; para compartilhar registros, use lotes de sincronização.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::SyncStore</name>
    <message>
        <source>Revision %1 could not take the place of the part withheld from this profile.</source>
        <translation>A revisão %1 não pôde ocupar o lugar da parte retida para este perfil.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::Verifier</name>
    <message>
        <source>the %1 table differs from the revisions for record %2; run &apos;clearline ledger rebuild&apos; to make it again</source>
        <translation>a tabela %1 não corresponde às versões do registro %2; execute &apos;clearline ledger rebuild&apos; para recriá-la</translation>
    </message>
    <message>
        <source>its content was changed after it was signed: it no longer matches its hash</source>
        <translation>o conteúdo foi alterado depois de ser assinado: não corresponde mais ao seu hash</translation>
    </message>
    <message>
        <source>its signature is not valid for the key it names</source>
        <translation>a assinatura não é válida para a chave que ela indica</translation>
    </message>
    <message>
        <source>it is signed by a key this ledger does not know (fingerprint %1)</source>
        <translation>foi assinada com uma chave que este livro de registros não conhece (impressão digital %1)</translation>
    </message>
    <message>
        <source>it names a previous revision of its author that is not in the ledger (one is missing)</source>
        <translation>indica uma versão anterior do seu autor que não está no livro de registros (falta uma)</translation>
    </message>
    <message>
        <source>its link to the author&apos;s previous revision is broken (a revision is missing, added or out of order)</source>
        <translation>o elo com a versão anterior do autor está quebrado (uma versão está faltando, foi adicionada ou está fora de ordem)</translation>
    </message>
    <message>
        <source>it replaces revision %1, which is not in the ledger</source>
        <translation>substitui a versão %1, que não está no livro de registros</translation>
    </message>
    <message>
        <source>its attachment &quot;%1&quot; is missing or was changed</source>
        <translation>o anexo &quot;%1&quot; está faltando ou foi alterado</translation>
    </message>
    <message>
        <source>the file is damaged: parts of it can no longer be read as they were written</source>
        <translation>o arquivo está danificado: partes dele não podem mais ser lidas como foram gravadas</translation>
    </message>
</context>
<context>
    <name>clearline::notices::NoticeFiling</name>
    <message>
        <source>There is no request of yours with this number.</source>
        <translation>Não há nenhuma solicitação sua com este número.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy names no such notice for this request.</source>
        <translation>A política do seu distrito não cita esse aviso para esta solicitação.</translation>
    </message>
    <message>
        <source>The request is not approved yet: hand out its notice once it is.</source>
        <translation>A solicitação ainda não foi aprovada: entregue o aviso quando for.</translation>
    </message>
    <message>
        <source>Say to whom you handed the notice, such as &quot;the parents of Room 12&quot;.</source>
        <translation>Diga a quem você entregou o aviso, por exemplo &quot;os pais da sala 12&quot;.</translation>
    </message>
</context>
<context>
    <name>clearline::policy::ActivePack</name>
    <message>
        <source>This profile has no district yet. Your district&apos;s IT staff can set it with: clearline settings set district &lt;pack&gt;</source>
        <translation>Este perfil ainda não tem distrito. A equipe de TI do seu distrito pode defini-lo com: clearline settings set district &lt;pack&gt;</translation>
    </message>
    <message>
        <source>The district policy %1 is %2, so ClearLine does not use it. Ask your district&apos;s IT staff for the signed pack.</source>
        <translation>O ClearLine não usa a política do distrito %1 (%2). Peça o pacote assinado à equipe de TI do seu distrito.</translation>
    </message>
    <message>
        <source>The district policy %1 could not be read, so it is not used:
%2</source>
        <translation>Não foi possível ler a política do distrito %1, então ela não é usada:
%2</translation>
    </message>
</context>
<context>
    <name>clearline::policy::PackChecks</name>
    <message>
        <source>the %1 id &quot;%2&quot; is used twice</source>
        <translation>o id de %1 &quot;%2&quot; é usado duas vezes</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not defined in this pack</source>
        <translation>%1 &quot;%2&quot; não existe neste pacote</translation>
    </message>
    <message>
        <source>the text has no &quot;%1&quot; version; the district&apos;s languages are %2</source>
        <translation>o texto não tem versão &quot;%1&quot;; os idiomas do distrito são %2</translation>
    </message>
    <message>
        <source>the %1 text uses the unknown placeholder {{%2}}; known ones are: %3</source>
        <translation>o texto em %1 usa o marcador desconhecido {{%2}}; os conhecidos são: %3</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>a função</translation>
    </message>
    <message>
        <source>the clause</source>
        <translation>a cláusula</translation>
    </message>
    <message>
        <source>the deadline names the field &quot;%1&quot;, which procedure &quot;%2&quot; does not have</source>
        <translation>o prazo menciona o campo &quot;%1&quot;, que o procedimento &quot;%2&quot; não tem</translation>
    </message>
    <message>
        <source>the deadline names the field &quot;%1&quot;, which is not a date field</source>
        <translation>o prazo menciona o campo &quot;%1&quot;, que não é um campo de data</translation>
    </message>
    <message>
        <source>the &quot;then&quot; chain loops: %1</source>
        <translation>a cadeia de &quot;then&quot; forma um ciclo: %1</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>cláusula</translation>
    </message>
    <message>
        <source>role</source>
        <translation>função</translation>
    </message>
    <message>
        <source>school</source>
        <translation>escola</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>procedimento</translation>
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
        <translation>regra</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>documentação</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plataforma</translation>
    </message>
    <message>
        <source>duty</source>
        <translation>obrigação</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>declaração</translation>
    </message>
    <message>
        <source>the procedure</source>
        <translation>o procedimento</translation>
    </message>
    <message>
        <source>district.timezone &quot;%1&quot; is not a time zone; use an IANA name like America/New_York</source>
        <translation>district.timezone &quot;%1&quot; não é um fuso horário; use um nome IANA como America/New_York</translation>
    </message>
    <message>
        <source>district.official_text names %1, which is not beside the pack</source>
        <translation>district.official_text indica %1, que não está na mesma pasta que o pacote</translation>
    </message>
    <message>
        <source>the school</source>
        <translation>a escola</translation>
    </message>
    <message>
        <source>the alternative</source>
        <translation>a alternativa</translation>
    </message>
    <message>
        <source>field</source>
        <translation>campo</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>item da lista de verificação</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>acompanhamento</translation>
    </message>
    <message>
        <source>the notice</source>
        <translation>o aviso</translation>
    </message>
    <message>
        <source>&quot;registers&quot; names the field &quot;%1&quot;, which procedure &quot;%2&quot; does not have</source>
        <translation>&quot;registers&quot; menciona o campo &quot;%1&quot;, que o procedimento &quot;%2&quot; não tem</translation>
    </message>
    <message>
        <source>&quot;covers&quot; gives the channels &quot;%1&quot;, which is neither a channel nor a choice field of procedure &quot;%2&quot;</source>
        <translation>&quot;covers&quot; dá os canais &quot;%1&quot;, que não é um canal nem um campo de opções do procedimento &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;covers&quot; takes the channel from the field &quot;%1&quot;, whose choice &quot;%2&quot; is not a channel</source>
        <translation>&quot;covers&quot; tira o canal do campo &quot;%1&quot;, cuja opção &quot;%2&quot; não é um canal</translation>
    </message>
    <message>
        <source>&quot;covers&quot; gives the audience &quot;%1&quot;, which is neither %2 nor a field of procedure &quot;%3&quot;</source>
        <translation>&quot;covers&quot; dá o público &quot;%1&quot;, que não é %2 nem um campo do procedimento &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;covers&quot; takes the audience from the field &quot;%1&quot;, which is not a choice field</source>
        <translation>&quot;covers&quot; tira o público do campo &quot;%1&quot;, que não é um campo de opções</translation>
    </message>
    <message>
        <source>&quot;covers&quot; takes the audience from the field &quot;%1&quot;, whose choice &quot;%2&quot; is not one of %3</source>
        <translation>&quot;covers&quot; tira o público do campo &quot;%1&quot;, cuja opção &quot;%2&quot; não é uma de %3</translation>
    </message>
    <message>
        <source>&quot;covers&quot; names the field &quot;%1&quot;, which procedure &quot;%2&quot; does not have</source>
        <translation>&quot;covers&quot; cita o campo &quot;%1&quot;, que o procedimento &quot;%2&quot; não tem</translation>
    </message>
    <message>
        <source>&quot;covers&quot; names the field &quot;%1&quot;, which is not a date field</source>
        <translation>&quot;covers&quot; cita o campo &quot;%1&quot;, que não é um campo de data</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; asks for a district address, but district.mail_domains lists none</source>
        <translation>o campo &quot;%1&quot; pede um endereço do distrito, mas district.mail_domains não cita nenhum</translation>
    </message>
    <message>
        <source>the list of approved platforms is empty: say what that means with when_empty: kept-elsewhere (the list is published outside ClearLine) or when_empty: none-approved</source>
        <translation>a lista de plataformas aprovadas está vazia: diga o que isso significa com when_empty: kept-elsewhere (a lista é publicada fora do ClearLine) ou when_empty: none-approved</translation>
    </message>
    <message>
        <source>a list renewed each school year says which year it is for (renewed_for: a school-year id of the calendar)</source>
        <translation>uma lista renovada a cada ano letivo diz para qual ano ela vale (renewed_for: o id de um ano letivo do calendário)</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; refuses a flagged answer, so it needs the clause that forbids it (clause: ID)</source>
        <translation>o campo &quot;%1&quot; recusa uma resposta sinalizada, então precisa da cláusula que a proíbe (clause: ID)</translation>
    </message>
    <message>
        <source>when_flagged names the role &quot;%1&quot;, which is not on the route of procedure &quot;%2&quot;</source>
        <translation>when_flagged nomeia a função &quot;%1&quot;, que não está na rota do procedimento &quot;%2&quot;</translation>
    </message>
    <message>
        <source>when_flagged names the role &quot;%1&quot;, but its step on the route of procedure &quot;%2&quot; is not a notify step</source>
        <translation>when_flagged nomeia a função &quot;%1&quot;, mas a etapa dela na rota do procedimento &quot;%2&quot; não é uma etapa notify</translation>
    </message>
    <message>
        <source>renewed_for: %1 is not a school year of the calendar</source>
        <translation>renewed_for: %1 não é um ano letivo do calendário</translation>
    </message>
    <message>
        <source>the documentation entry &quot;%1&quot; counts from the end of the school year, but calendar.years lists no school year</source>
        <translation>a entrada de documentação &quot;%1&quot; conta a partir do fim do ano letivo, mas calendar.years não traz nenhum ano letivo</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; applies when %2, but no purpose counts as %2, so it can never apply; add the purpose under &quot;purposes&quot; with counts_as: [%2]</source>
        <translation>a regra &quot;%1&quot; se aplica quando %2, mas nenhum propósito conta como %2, então ela nunca pode se aplicar; acrescente o propósito em &quot;purposes&quot; com counts_as: [%2]</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; applies when %2 all hold, but a contact is only one of them, so it can never apply</source>
        <translation>a regra &quot;%1&quot; se aplica quando todas estas valem: %2, mas um contato é só uma delas, então ela nunca pode se aplicar</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; asks whose phone it reached, but none of its channels is a call or a text (%2)</source>
        <translation>a regra &quot;%1&quot; pergunta a que telefone chegou, mas nenhum de seus canais é uma ligação ou uma mensagem de texto (%2)</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; applies when %2, but the pack has no role &quot;%3&quot;</source>
        <translation>a regra &quot;%1&quot; se aplica quando %2, mas o pacote não tem o cargo &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; is about parents but applies when parent-copied, which only a message to a student can be; write audience: students</source>
        <translation>a regra &quot;%1&quot; trata dos pais mas se aplica quando parent-copied, o que só uma mensagem a um aluno pode ser; escreva audience: students</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>propósito</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; has two to-dos with the id &quot;%2&quot;</source>
        <translation>a regra &quot;%1&quot; tem duas tarefas pendentes com o id &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the to-do &quot;%1&quot; counts school days, but calendar.school_days names none</source>
        <translation>a tarefa pendente &quot;%1&quot; conta dias letivos, mas calendar.school_days não nomeia nenhum</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; never decides a contact: &quot;%2&quot; has the same conditions, covers the same channels and audience, and decides first (%3)</source>
        <translation>a regra &quot;%1&quot; nunca decide um contato: &quot;%2&quot; tem as mesmas condições, cobre os mesmos canais e destinatários, e decide antes (%3)</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; applies when %2, but &quot;family&quot; has no &quot;%3&quot;</source>
        <translation>a regra &quot;%1&quot; se aplica quando %2, mas &quot;family&quot; não tem &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; applies when own-child, but no family tie counts as own-child, so it can never apply</source>
        <translation>a regra &quot;%1&quot; se aplica quando own-child, mas nenhum vínculo familiar conta como own-child, então ela nunca pode se aplicar</translation>
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
        <translation>O pacote não tem uma seção roles: à qual adicionar %1.</translation>
    </message>
    <message>
        <source>ClearLine could not find the role %1 written as &quot;- id: %1&quot; under roles: in the pack. Add the holder by hand (policies/README.md, roles).</source>
        <translation>O ClearLine não encontrou a função %1 escrita como &quot;- id: %1&quot; em roles: no pacote. Adicione a pessoa à mão (policies/README.md, roles).</translation>
    </message>
    <message>
        <source>The holders of %1 are written on one line ([…]); write them one per line (policies/README.md, roles) and try again.</source>
        <translation>As pessoas de %1 estão escritas em uma só linha ([…]); escreva uma por linha (policies/README.md, roles) e tente de novo.</translation>
    </message>
    <message>
        <source>The pack lists no role holders.</source>
        <translation>O pacote não lista ninguém em nenhuma função.</translation>
    </message>
    <message>
        <source>The pack lists no current holder with the key %1.</source>
        <translation>O pacote não lista ninguém que ocupe hoje uma função com a chave %1.</translation>
    </message>
    <message>
        <source>The pack has no district: section, written as a block, for its version.</source>
        <translation>O pacote não tem uma seção district:, escrita como bloco, para a sua versão.</translation>
    </message>
    <message>
        <source>The pack&apos;s district: section is empty.</source>
        <translation>A seção district: do pacote está vazia.</translation>
    </message>
</context>
<context>
    <name>clearline::policy::PackLoader</name>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>não é possível ler o arquivo (%1)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; a pack is a few hundred lines</source>
        <translation>o arquivo tem mais de %1 MB; um pacote tem algumas centenas de linhas</translation>
    </message>
    <message>
        <source>this is not valid YAML: %1</source>
        <translation>isto não é YAML válido: %1</translation>
    </message>
    <message>
        <source>unexpected structure: %1</source>
        <translation>estrutura inesperada: %1</translation>
    </message>
</context>
<context>
    <name>clearline::policy::PackReader</name>
    <message>
        <source>the pack</source>
        <translation>o pacote</translation>
    </message>
    <message>
        <source>this ClearLine reads pack format %1; this pack says %2</source>
        <translation>esta versão do ClearLine lê o formato de pacote %1; este pacote indica %2</translation>
    </message>
    <message>
        <source>district</source>
        <translation>a seção district</translation>
    </message>
    <message>
        <source>the first language must be en (English)</source>
        <translation>o primeiro idioma deve ser en (inglês)</translation>
    </message>
    <message>
        <source>a school</source>
        <translation>uma escola</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>a seção calendar</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>a seção hours</translation>
    </message>
    <message>
        <source>school hours must end after they start</source>
        <translation>o horário escolar deve terminar depois de começar</translation>
    </message>
    <message>
        <source>a school year</source>
        <translation>um ano letivo</translation>
    </message>
    <message>
        <source>a school year must end after it starts</source>
        <translation>um ano letivo deve terminar depois de começar</translation>
    </message>
    <message>
        <source>a holiday</source>
        <translation>um feriado</translation>
    </message>
    <message>
        <source>a holiday needs a date, or from and to</source>
        <translation>um feriado precisa de date, ou de from e to</translation>
    </message>
    <message>
        <source>a role</source>
        <translation>uma função</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ClearLine&apos;s own role for every staff member; do not define it</source>
        <translation>&quot;%1&quot; é a função própria do ClearLine para todos os membros da equipe; não a defina</translation>
    </message>
    <message>
        <source>a role holder</source>
        <translation>uma pessoa que exerce uma função</translation>
    </message>
    <message>
        <source>a key must be a ClearLine public key (32 bytes in base64)</source>
        <translation>uma chave deve ser uma chave pública do ClearLine (32 bytes em base64)</translation>
    </message>
    <message>
        <source>a clause</source>
        <translation>uma cláusula</translation>
    </message>
    <message>
        <source>a rule</source>
        <translation>uma regra</translation>
    </message>
    <message>
        <source>a needs-authorization rule must name the procedure that asks for it</source>
        <translation>uma regra needs-authorization deve indicar o procedimento que pede a autorização</translation>
    </message>
    <message>
        <source>an alternative</source>
        <translation>uma alternativa</translation>
    </message>
    <message>
        <source>a documentation entry</source>
        <translation>uma entrada de documentação</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write 7y, 6m or permanent</source>
        <translation>&quot;%1&quot; não é um período; escreva 7y, 6m ou permanent</translation>
    </message>
    <message>
        <source>platforms</source>
        <translation>a seção platforms</translation>
    </message>
    <message>
        <source>an approved platform</source>
        <translation>uma plataforma aprovada</translation>
    </message>
    <message>
        <source>a duty</source>
        <translation>uma obrigação</translation>
    </message>
    <message>
        <source>a statement</source>
        <translation>uma declaração</translation>
    </message>
    <message>
        <source>a notice</source>
        <translation>um aviso</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>um campo</translation>
    </message>
    <message>
        <source>a field of type choice needs its choices (choices: [a, b, …])</source>
        <translation>um campo do tipo choice precisa das suas opções (choices: [a, b, …])</translation>
    </message>
    <message>
        <source>only a field of type choice has choices</source>
        <translation>só um campo do tipo choice pode ter choices</translation>
    </message>
    <message>
        <source>a route step</source>
        <translation>uma etapa da rota</translation>
    </message>
    <message>
        <source>a deadline</source>
        <translation>um prazo</translation>
    </message>
    <message>
        <source>a deadline has exactly one of before, days or note</source>
        <translation>um prazo tem exatamente um de before, days ou note</translation>
    </message>
    <message>
        <source>a group of steps</source>
        <translation>um grupo de etapas</translation>
    </message>
    <message>
        <source>a procedure</source>
        <translation>um procedimento</translation>
    </message>
    <message>
        <source>a checklist item</source>
        <translation>um item da lista de verificação</translation>
    </message>
    <message>
        <source>a follow-up</source>
        <translation>um acompanhamento</translation>
    </message>
    <message>
        <source>registers</source>
        <translation>a seção registers</translation>
    </message>
    <message>
        <source>only a field of type number can flag answers below a value</source>
        <translation>só um campo do tipo number pode sinalizar respostas abaixo de um valor</translation>
    </message>
    <message>
        <source>off_hours_exception is only for a rule whose &quot;when&quot; includes off-hours</source>
        <translation>off_hours_exception é só para uma regra cujo &quot;when&quot; inclui off-hours</translation>
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
        <translation>&quot;%1&quot; não é um domínio de e-mail como example.org</translation>
    </message>
    <message>
        <source>only a field of type email can ask for a district address</source>
        <translation>só um campo do tipo email pode pedir um endereço do distrito</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record; use one of: %2</source>
        <translation>&quot;%1&quot; não é um tipo de registro; use um destes: %2</translation>
    </message>
    <message>
        <source>retain needs records: the kinds of record kept this long (contact, memo, request, … or all)</source>
        <translation>retain precisa de records: os tipos de registro guardados por esse tempo (contact, memo, request, … ou all)</translation>
    </message>
    <message>
        <source>when_flagged needs flag_below: it says what an answer under that value does</source>
        <translation>when_flagged precisa de flag_below: diz o que faz uma resposta abaixo desse valor</translation>
    </message>
    <message>
        <source>write when_flagged as a map, for example { action: %1 }</source>
        <translation>escreva when_flagged como um mapa, por exemplo { action: %1 }</translation>
    </message>
    <message>
        <source>when_flagged with action approve names the role whose notify step becomes an approval (role: ROLE)</source>
        <translation>when_flagged com action approve nomeia a função cuja etapa notify passa a ser uma aprovação (role: ROLE)</translation>
    </message>
    <message>
        <source>only when_flagged with action approve names a role</source>
        <translation>só when_flagged com action approve nomeia uma função</translation>
    </message>
    <message>
        <source>retain_from needs a retain period such as 7y to count from</source>
        <translation>retain_from precisa de um período retain, como 7y, a partir do qual contar</translation>
    </message>
    <message>
        <source>only a field of type platform names the use its platform is approved for</source>
        <translation>só um campo do tipo platform indica o uso para o qual sua plataforma está aprovada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of grades; write it like K-5, 6-8 or 9-12</source>
        <translation>&quot;%1&quot; não é uma faixa de séries; escreva como K-5, 6-8 ou 9-12</translation>
    </message>
    <message>
        <source>until must be a UTC time such as 2026-12-07T14:05:00Z</source>
        <translation>until deve ser um horário UTC como 2026-12-07T14:05:00Z</translation>
    </message>
    <message>
        <source>choice_labels must map each choice to its words, like personal-cell: My own cell phone</source>
        <translation>choice_labels deve dar a cada opção as suas palavras, como personal-cell: Meu próprio celular</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this field&apos;s choices</source>
        <translation>&quot;%1&quot; não é uma das opções deste campo</translation>
    </message>
    <message>
        <source>a to-do</source>
        <translation>uma tarefa pendente</translation>
    </message>
    <message>
        <source>a notify to-do must name the role to tell</source>
        <translation>uma tarefa pendente do tipo notify deve nomear o cargo a avisar</translation>
    </message>
    <message>
        <source>only a notify to-do names a role</source>
        <translation>só uma tarefa pendente do tipo notify nomeia um cargo</translation>
    </message>
    <message>
        <source>unless_copied is only for a notify to-do</source>
        <translation>unless_copied é só para uma tarefa pendente do tipo notify</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write it like 48 hours, 2 days or 10 school days</source>
        <translation>&quot;%1&quot; não é um prazo; escreva-o como 48 hours, 2 days ou 10 school days</translation>
    </message>
    <message>
        <source>a purpose</source>
        <translation>um propósito</translation>
    </message>
    <message>
        <source>a purpose counts as one of: %1; &quot;%2&quot; is not one of them</source>
        <translation>um propósito conta como um de: %1; &quot;%2&quot; não é um deles</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid condition; use one of: %2, grades:4-12, copied:ROLE or family:ID</source>
        <translation>&quot;%1&quot; não é uma condição válida; use uma de: %2, grades:4-12, copied:ROLE ou family:ID</translation>
    </message>
    <message>
        <source>a family tie</source>
        <translation>um vínculo familiar</translation>
    </message>
</context>
<context>
    <name>clearline::policy::PackSignature</name>
    <message>
        <source>shipped with ClearLine</source>
        <translation>incluído com o ClearLine</translation>
    </message>
    <message>
        <source>not signed (a draft: it loads only in authoring mode)</source>
        <translation>não assinado (um rascunho: só é carregado no modo de autoria)</translation>
    </message>
    <message>
        <source>the signature file is damaged</source>
        <translation>o arquivo de assinatura está danificado</translation>
    </message>
    <message>
        <source>the signature does not match the pack: it was changed after it was signed</source>
        <translation>a assinatura não corresponde ao pacote: ele foi alterado depois de ser assinado</translation>
    </message>
    <message>
        <source>signed by the key %1</source>
        <translation>assinado com a chave %1</translation>
    </message>
    <message>
        <source>ClearLine could not read %1.</source>
        <translation>O ClearLine não conseguiu ler %1.</translation>
    </message>
    <message>
        <source>ClearLine could not write %1.</source>
        <translation>O ClearLine não conseguiu gravar %1.</translation>
    </message>
</context>
<context>
    <name>clearline::policy::PolicyHtml</name>
    <message>
        <source>Not allowed</source>
        <translation>Não permitido</translation>
    </message>
    <message>
        <source>Ask first</source>
        <translation>Pedir autorização antes</translation>
    </message>
    <message>
        <source>Discouraged</source>
        <translation>Desaconselhado</translation>
    </message>
    <message>
        <source>Contact the parent first</source>
        <translation>Contatar primeiro os pais</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <source>calls from your own cell phone</source>
        <translation>ligações do seu próprio celular</translation>
    </message>
    <message>
        <source>texts from your own cell phone</source>
        <translation>mensagens de texto do seu próprio celular</translation>
    </message>
    <message>
        <source>your personal e-mail</source>
        <translation>seu e-mail pessoal</translation>
    </message>
    <message>
        <source>your personal social-media accounts</source>
        <translation>suas contas pessoais de redes sociais</translation>
    </message>
    <message>
        <source>a professional social-media account</source>
        <translation>uma conta profissional de rede social</translation>
    </message>
    <message>
        <source>district e-mail</source>
        <translation>o e-mail do distrito</translation>
    </message>
    <message>
        <source>a district phone</source>
        <translation>um telefone do distrito</translation>
    </message>
    <message>
        <source>an approved tool</source>
        <translation>uma ferramenta aprovada</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>pessoalmente</translation>
    </message>
    <message>
        <source>with students</source>
        <translation>com alunos</translation>
    </message>
    <message>
        <source>with parents</source>
        <translation>com pais</translation>
    </message>
    <message>
        <source>with students and parents</source>
        <translation>com alunos e pais</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitar</translation>
    </message>
    <message>
        <source>Each section is summarized in plain words. The district&apos;s official text is what counts.</source>
        <translation>Cada seção é resumida em palavras simples. O que vale é o texto oficial do distrito.</translation>
    </message>
    <message>
        <source>The district&apos;s official text</source>
        <translation>Texto oficial do distrito</translation>
    </message>
    <message>
        <source>[your name]</source>
        <translation>[seu nome]</translation>
    </message>
    <message>
        <source>Say it</source>
        <translation>Diga</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Quando: %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>in grades %1</source>
        <translation>nas séries %1</translation>
    </message>
    <message>
        <source>with the %1 copied</source>
        <translation>com %1 em cópia</translation>
    </message>
    <message>
        <source>outside school hours</source>
        <translation>fora do horário escolar</translation>
    </message>
    <message>
        <source>for a school-sponsored trip</source>
        <translation>para uma viagem promovida pela escola</translation>
    </message>
    <message>
        <source>with your own child</source>
        <translation>com seu próprio filho ou filha</translation>
    </message>
    <message>
        <source>to one person alone</source>
        <translation>a uma só pessoa</translation>
    </message>
    <message>
        <source>to a group, a class or a team</source>
        <translation>a um grupo, uma turma ou uma equipe</translation>
    </message>
    <message>
        <source>with a parent or guardian copied</source>
        <translation>com um responsável em cópia</translation>
    </message>
    <message>
        <source>from a district device</source>
        <translation>de um dispositivo do distrito</translation>
    </message>
    <message>
        <source>from your own device</source>
        <translation>do seu próprio dispositivo</translation>
    </message>
    <message>
        <source>to the student&apos;s own phone</source>
        <translation>ao telefone do próprio aluno</translation>
    </message>
    <message>
        <source>to the family&apos;s phone</source>
        <translation>ao telefone da família</translation>
    </message>
    <message>
        <source>within %1 hours</source>
        <translation>em até %1 horas</translation>
    </message>
    <message>
        <source>within %1 days</source>
        <translation>em até %1 dias</translation>
    </message>
    <message>
        <source>within %1 school days</source>
        <translation>em até %1 dias letivos</translation>
    </message>
    <message>
        <source>tell the %1</source>
        <translation>informe %1</translation>
    </message>
    <message>
        <source>%1 (unless you copied them)</source>
        <translation>%1 (a menos que o tenha posto em cópia)</translation>
    </message>
    <message>
        <source>forward a copy to your district account</source>
        <translation>encaminhe uma cópia à sua conta do distrito</translation>
    </message>
    <message>
        <source>send a copy to the parent or guardian</source>
        <translation>envie uma cópia ao responsável</translation>
    </message>
    <message>
        <source>write a memo</source>
        <translation>escreva um memorando</translation>
    </message>
    <message>
        <source>; then: %1</source>
        <translation>; depois: %1</translation>
    </message>
    <message>
        <source>when the student is %1</source>
        <translation>quando o aluno é %1</translation>
    </message>
</context>
<context>
    <name>clearline::policy::SchoolTime</name>
    <message>
        <source>the district&apos;s pack gives no school hours</source>
        <translation>o pacote do distrito não informa o horário escolar</translation>
    </message>
    <message>
        <source>outside the school year</source>
        <translation>fora do ano letivo</translation>
    </message>
    <message>
        <source>a holiday (%1)</source>
        <translation>um feriado (%1)</translation>
    </message>
    <message>
        <source>not a school day</source>
        <translation>não é dia letivo</translation>
    </message>
    <message>
        <source>before school hours</source>
        <translation>antes do horário escolar</translation>
    </message>
    <message>
        <source>after school hours</source>
        <translation>depois do horário escolar</translation>
    </message>
    <message>
        <source>during school hours</source>
        <translation>durante o horário escolar</translation>
    </message>
</context>
<context>
    <name>clearline::policy::YamlReader</name>
    <message>
        <source>%1 must be a map of keys and values</source>
        <translation>%1 deve ser um mapa de chaves e valores</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2 (known keys: %3)</source>
        <translation>%2 tem a chave desconhecida &quot;%1&quot; (chaves conhecidas: %3)</translation>
    </message>
    <message>
        <source>%1 is missing the required key &quot;%2&quot;</source>
        <translation>%1 não tem a chave obrigatória &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list (items starting with &quot;- &quot;)</source>
        <translation>&quot;%1&quot; deve ser uma lista (itens que começam com &quot;- &quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single value, not a list or map</source>
        <translation>&quot;%1&quot; deve ser um único valor, não uma lista nem um mapa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; não pode ficar vazio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use lower-case letters, digits, dashes and underscores</source>
        <translation>&quot;%1&quot; não é um id válido: use letras minúsculas, dígitos, hifens e sublinhados</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use lower-case letters, digits and dashes</source>
        <translation>&quot;%1&quot; não é um id válido: use letras minúsculas, dígitos e hifens</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2; use one of: %3</source>
        <translation>&quot;%1&quot; não é um valor válido para %2; use um destes: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a value or a list of values</source>
        <translation>&quot;%1&quot; deve ser um valor ou uma lista de valores</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not &quot;%2&quot;</source>
        <translation>&quot;%1&quot; deve ser true ou false, não &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>&quot;%1&quot; deve ser um número inteiro de %2 a %3, não &quot;%4&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY-MM-DD</source>
        <translation>&quot;%1&quot; não é uma data; escreva YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; write HH:MM on a 24-hour clock, in quotes</source>
        <translation>&quot;%1&quot; não é um horário; escreva HH:MM no formato de 24 horas, entre aspas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text, or a map of texts by language</source>
        <translation>&quot;%1&quot; deve ser um texto ou um mapa de textos por idioma</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code like en, es or pt_BR</source>
        <translation>&quot;%1&quot; não é um código de idioma como en, es ou pt_BR</translation>
    </message>
</context>
<context>
    <name>clearline::records::RecordExport</name>
    <message>
        <source>The CSV file could not be written (%1).</source>
        <translation>Não foi possível gravar o arquivo CSV (%1).</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>A exportação foi interrompida; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>ClearLine cannot write %1 (%2).</source>
        <translation>O ClearLine não consegue gravar %1 (%2).</translation>
    </message>
</context>
<context>
    <name>clearline::records::RecordKinds</name>
    <message>
        <source>Memo</source>
        <translation>Memorando</translation>
    </message>
    <message>
        <source>Contact log entry</source>
        <translation>Entrada do registro de contatos</translation>
    </message>
    <message>
        <source>Student concern report</source>
        <translation>Comunicado de preocupação com um aluno</translation>
    </message>
    <message>
        <source>Trip phone-number disclosure</source>
        <translation>Número de telefone informado para uma excursão</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Approval decision</source>
        <translation>Decisão de aprovação</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegação</translation>
    </message>
    <message>
        <source>Policy acknowledgment</source>
        <translation>Confirmação de leitura da política</translation>
    </message>
    <message>
        <source>Duty done</source>
        <translation>Tarefa feita</translation>
    </message>
    <message>
        <source>Notice handed out</source>
        <translation>Aviso entregue</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Retenção legal</translation>
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
        <translation>Escola</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Aluno</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Criado (UTC)</translation>
    </message>
    <message>
        <source>Last changed (UTC)</source>
        <translation>Última alteração (UTC)</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Versões</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>two revisions replace the same one; both are kept</source>
        <translation>duas versões substituem a mesma; as duas são mantidas</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificação</translation>
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
        <translation>Os primeiros %1 de %2 registros; exporte para CSV para ver todos.</translation>
    </message>
    <message>
        <source>Every record listed is verified.</source>
        <translation>Todos os registros da lista estão verificados.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) listed are NOT verified.</source>
        <translation>
            <numerusform>%n registro da lista NÃO está verificado.</numerusform>
            <numerusform>%n registros da lista NÃO estão verificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Made %1 (UTC) by ClearLine.</source>
        <translation>Criado em %1 (UTC) pelo ClearLine.</translation>
    </message>
    <message>
        <source>&quot;Verified&quot;: every revision of the record matches its hash and carries a valid signature by a key this profile trusts. Times are UTC.</source>
        <translation>&quot;Verificado&quot;: cada versão do registro corresponde ao seu hash e tem uma assinatura válida de uma chave em que este perfil confia. Os horários estão em UTC.</translation>
    </message>
    <message>
        <source>Only records you may see are included.</source>
        <translation>Só estão incluídos os registros que você pode ver.</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>The text goes on for %1 more characters, left off this paper copy; the CSV export has all of it.</source>
        <translation>O texto continua por mais %1 caracteres, deixados fora desta cópia em papel; a exportação CSV tem o texto completo.</translation>
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
        <translation>palavras &quot;%1&quot;</translation>
    </message>
    <message>
        <source>written by &quot;%1&quot;</source>
        <translation>escritos por &quot;%1&quot;</translation>
    </message>
    <message>
        <source>student &quot;%1&quot;</source>
        <translation>aluno &quot;%1&quot;</translation>
    </message>
    <message>
        <source>school %1</source>
        <translation>escola %1</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>tipo %1</translation>
    </message>
    <message>
        <source>changed on or after %1</source>
        <translation>alterados em %1 ou depois</translation>
    </message>
    <message>
        <source>changed on or before %1</source>
        <translation>alterados em %1 ou antes</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Todos os registros</translation>
    </message>
    <message>
        <source>Records with %1</source>
        <translation>Registros com %1</translation>
    </message>
</context>
<context>
    <name>clearline::requests::Acknowledgment</name>
    <message>
        <source>Read and acknowledged %1 (%2)</source>
        <translation>Leitura confirmada: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>clearline::requests::Authority</name>
    <message>
        <source>Your district&apos;s policy has no role &quot;%1&quot;, so nobody can decide this step.</source>
        <translation>A política do seu distrito não tem nenhuma função &quot;%1&quot;, então ninguém pode decidir esta etapa.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy names you as %1, but not with the key this profile signs with (fingerprint %2). Ask district IT to put that fingerprint in the policy pack; until then ClearLine cannot accept your decision.</source>
        <translation>A política do seu distrito indica você como %1, mas não com a chave com que este perfil assina (impressão digital %2). Peça à equipe de TI do distrito para colocar essa impressão digital no pacote de política; até lá, o ClearLine não pode aceitar a sua decisão.</translation>
    </message>
    <message>
        <source>%1 named you designee for the %2, but ended that delegation on %3. You cannot act for the role now.</source>
        <translation>%1 designou você para a função de %2, mas encerrou essa delegação em %3. Agora você não pode agir nessa função.</translation>
    </message>
    <message>
        <source>%1 named you designee for the %2 until %3. That delegation has ended, so you cannot act for the role now.</source>
        <translation>%1 designou você para a função de %2 até %3. Essa delegação terminou, então agora você não pode agir nessa função.</translation>
    </message>
    <message>
        <source>%1 named you designee for the %2 from %3. You can act for the role from that day.</source>
        <translation>%1 designou você para a função de %2 a partir de %3. Você pode agir nessa função a partir desse dia.</translation>
    </message>
    <message>
        <source>This step is for the %1. Your district&apos;s policy does not list you for that role, and nobody who holds it has named you as designee, so ClearLine cannot accept your decision.</source>
        <translation>Esta etapa cabe à função de %1. A política do seu distrito não inclui você nessa função, e ninguém que a exerça designou você, então o ClearLine não pode aceitar a sua decisão.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::Decision</name>
    <message>
        <source>approved</source>
        <translation>aprovada</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>negada</translation>
    </message>
    <message>
        <source>returned for changes</source>
        <translation>devolvida para alterações</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>recebimento confirmado</translation>
    </message>
</context>
<context>
    <name>clearline::requests::DecisionBook</name>
    <message>
        <source>it answers a step the district&apos;s policy does not give this request</source>
        <translation>responde a uma etapa que a política do distrito não dá a esta solicitação</translation>
    </message>
    <message>
        <source>signed after the delegation ended (the signer&apos;s clock said otherwise)</source>
        <translation>assinada depois que a delegação terminou (o relógio de quem assinou dizia outra coisa)</translation>
    </message>
    <message>
        <source>the signer does not hold the %1 role for this school</source>
        <translation>quem assinou não ocupa o cargo de %1 nesta escola</translation>
    </message>
    <message>
        <source>signed after the designee had received the end of the delegation</source>
        <translation>assinada depois que a pessoa designada recebeu o fim da delegação</translation>
    </message>
    <message>
        <source>the step had already been answered</source>
        <translation>a etapa já tinha resposta</translation>
    </message>
    <message>
        <source>signed after the district&apos;s policy ended the signer&apos;s %1 role (the signer&apos;s clock said otherwise)</source>
        <translation>assinado depois que a política do distrito encerrou a função de %1 de quem assina (o relógio dessa pessoa dizia outra coisa)</translation>
    </message>
</context>
<context>
    <name>clearline::requests::DecisionStanding</name>
    <message>
        <source>does not count: %1</source>
        <translation>não conta: %1</translation>
    </message>
</context>
<context>
    <name>clearline::requests::DelegationFiling</name>
    <message>
        <source>Your district&apos;s policy has no role &quot;%1&quot;.</source>
        <translation>A política do seu distrito não tem nenhuma função &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy does not let the %1 name a designee.</source>
        <translation>A política do seu distrito não permite que quem exerce a função de %1 designe outra pessoa.</translation>
    </message>
    <message>
        <source>Only someone your district&apos;s policy lists as %1, with their key, can name a designee for it. It does not list your key.</source>
        <translation>Só alguém que a política do seu distrito indica como %1, com a própria chave, pode designar outra pessoa para essa função. A política não inclui a sua chave.</translation>
    </message>
    <message>
        <source>ClearLine does not have %1&apos;s key yet. Import something they signed first.</source>
        <translation>O ClearLine ainda não tem a chave de %1. Primeiro importe algo que essa pessoa tenha assinado.</translation>
    </message>
    <message>
        <source>You cannot name yourself as your own designee.</source>
        <translation>Você não pode ser a sua própria pessoa designada.</translation>
    </message>
    <message>
        <source>The last day of the delegation must be today or later.</source>
        <translation>O último dia da delegação precisa ser hoje ou uma data posterior.</translation>
    </message>
    <message>
        <source>A delegation can last a year at most; name the designee again after that.</source>
        <translation>Uma delegação pode durar no máximo um ano; depois disso, designe a pessoa de novo.</translation>
    </message>
    <message>
        <source>There is no delegation %1 in this profile.</source>
        <translation>Não existe nenhuma delegação %1 neste perfil.</translation>
    </message>
    <message>
        <source>Only the person who named the designee can end the delegation.</source>
        <translation>Só a pessoa que fez a designação pode encerrar a delegação.</translation>
    </message>
    <message>
        <source>This delegation has already ended.</source>
        <translation>Esta delegação já foi encerrada.</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Encerrada antes do prazo</translation>
    </message>
</context>
<context>
    <name>clearline::requests::DutyDone</name>
    <message>
        <source>Done: %1</source>
        <translation>Feito: %1</translation>
    </message>
    <message>
        <source>Done for %1: %2</source>
        <translation>Feito para %1: %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>clearline::requests::DutyFiling</name>
    <message>
        <source>Your district&apos;s policy has no duty &quot;%1&quot;.</source>
        <translation>A política do seu distrito não tem a tarefa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done by reading the policy and signing this year&apos;s acknowledgment (&quot;Acknowledge this year&apos;s policy&quot;, or &apos;clearline ack&apos;).</source>
        <translation>&quot;%1&quot; se cumpre lendo a política e assinando a confirmação deste ano (&quot;Confirmar a política deste ano&quot;, ou &apos;clearline ack&apos;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is for the %2. Your district&apos;s policy does not list you for that role, so ClearLine cannot mark it done for you.</source>
        <translation>&quot;%1&quot; cabe a: %2. A política do seu distrito não cita você para essa função, então o ClearLine não pode marcá-la como feita por você.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already %2.</source>
        <translation>&quot;%1&quot; já está: %2.</translation>
    </message>
    <message>
        <source>The list of approved platforms is renewed in your district&apos;s policy pack, not by marking it done: send this year&apos;s list to whoever looks after the pack (district IT). The reminder goes away when the updated pack arrives.</source>
        <translation>A lista de plataformas aprovadas é renovada no pacote de política do seu distrito, não marcando-a como feita: envie a lista deste ano a quem cuida do pacote (TI do distrito). O lembrete some quando o pacote atualizado chegar.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::DutyItem</name>
    <message>
        <source>to do by %1</source>
        <translation>a fazer até %1</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>a fazer</translation>
    </message>
    <message>
        <source>due soon, by %1</source>
        <translation>vence em breve, em %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>atrasada desde %1</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>feita em %1</translation>
    </message>
    <message>
        <source>done by %1 on %2</source>
        <translation>feita por %1 em %2</translation>
    </message>
    <message>
        <source>Renew the list of approved platforms for the school year %1</source>
        <translation>Renovar a lista de plataformas aprovadas para o ano letivo %1</translation>
    </message>
</context>
<context>
    <name>clearline::requests::Enrolment</name>
    <message>
        <source>Your district&apos;s policy has no role &quot;%1&quot;. Its roles are: %2.</source>
        <translation>A política do seu distrito não tem a função &quot;%1&quot;. Suas funções são: %2.</translation>
    </message>
    <message>
        <source>The %1 is a role at one school: say which with --school (%2).</source>
        <translation>%1 é uma função de uma só escola: diga qual com --school (%2).</translation>
    </message>
    <message>
        <source>Your district&apos;s policy has no school &quot;%1&quot;. Its schools are: %2.</source>
        <translation>A política do seu distrito não tem a escola &quot;%1&quot;. Suas escolas são: %2.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy lists you as %1 already, with this profile&apos;s key: there is nothing to ask.</source>
        <translation>A política do seu distrito já lista você como %1, com a chave deste perfil: não há nada a pedir.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::FormCheck</name>
    <message>
        <source>&quot;%1&quot; is needed.</source>
        <translation>Falta preencher &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters; keep it shorter.</source>
        <translation>&quot;%1&quot; tem mais de %2 caracteres; encurte o texto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as year-month-day, for example 2026-10-14.</source>
        <translation>&quot;%1&quot; não é uma data; escreva como ano-mês-dia, por exemplo 2026-10-14.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; write it as hours:minutes, for example 15:30.</source>
        <translation>&quot;%1&quot; não é um horário; escreva como horas:minutos, por exemplo 15:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, such as 12.</source>
        <translation>&quot;%1&quot; deve ser um número inteiro, como 12.</translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot; with yes or no.</source>
        <translation>Responda &quot;%1&quot; com sim ou não.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an e-mail address (name@school.org).</source>
        <translation>&quot;%1&quot; não parece um endereço de e-mail (nome@escola.org).</translation>
    </message>
    <message>
        <source>Write the whole web address, starting with https://</source>
        <translation>Escreva o endereço web completo, começando com https://</translation>
    </message>
    <message>
        <source>Choose one of the answers for &quot;%1&quot;.</source>
        <translation>Escolha uma das respostas para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose your school from the list.</source>
        <translation>Escolha a sua escola na lista.</translation>
    </message>
    <message>
        <source>%1 is not on your district&apos;s list of approved platforms.</source>
        <translation>%1 não está na lista de plataformas aprovadas do seu distrito.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters; keep it to one line.</source>
        <translation>&quot;%1&quot; tem mais de %2 caracteres; escreva em uma só linha.</translation>
    </message>
    <message>
        <source>Tick &quot;%1&quot; once it is true.</source>
        <translation>Marque &quot;%1&quot; quando for verdade.</translation>
    </message>
    <message>
        <source> or @</source>
        <translation> ou @</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district address: your district&apos;s policy (§ %2 %3) asks for one ending in %4.</source>
        <translation>&quot;%1&quot; não é um endereço do distrito: a política do seu distrito (§ %2 %3) pede um que termine em %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district address: your district asks for one ending in %2.</source>
        <translation>&quot;%1&quot; não é um endereço do distrito: seu distrito pede um que termine em %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: your district&apos;s policy (§ %3 %4) does not allow this under %5, so the request cannot be sent.</source>
        <translation>&quot;%1&quot; é %2: a política do seu distrito (§ %3 %4) não permite isso abaixo de %5, então a solicitação não pode ser enviada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: your district&apos;s policy does not allow this under %3, so the request cannot be sent.</source>
        <translation>&quot;%1&quot; é %2: a política do seu distrito não permite isso abaixo de %3, então a solicitação não pode ser enviada.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::PlannedStep</name>
    <message>
        <source>%1 approves</source>
        <translation>%1 aprova</translation>
    </message>
    <message>
        <source>%1 acknowledges</source>
        <translation>%1 confirma o recebimento</translation>
    </message>
    <message>
        <source>%1 is informed</source>
        <translation>%1 recebe um aviso</translation>
    </message>
    <message>
        <source>, before %1</source>
        <translation>, antes de %1</translation>
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
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>The route this request carries is not the one your district&apos;s policy gives for it. ClearLine follows the policy: the people and deadlines shown are the policy&apos;s.</source>
        <translation>A rota que esta solicitação traz não é a que a política do seu distrito define. O ClearLine segue a política: as pessoas e os prazos mostrados são os da política.</translation>
    </message>
    <message>
        <source>This request was sent under the policy adopted on %1, whose route differs from the policy you have. ClearLine follows the policy you have.</source>
        <translation>Esta solicitação foi enviada sob a política adotada em %1, cuja rota difere da política que você tem. O ClearLine segue a política que você tem.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy on this computer has no procedure for &quot;%1&quot;, so ClearLine cannot tell who must approve it. Ask district IT whether the policy here is up to date.</source>
        <translation>A política do seu distrito neste computador não tem nenhum procedimento para “%1”, então o ClearLine não consegue saber quem deve aprová-la. Pergunte à equipe de TI do distrito se a política daqui está atualizada.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::RequestFiling</name>
    <message>
        <source>Your district&apos;s policy has no procedure called &quot;%1&quot;.</source>
        <translation>A política do seu distrito não tem nenhum procedimento chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The request is not complete yet:
%1</source>
        <translation>A solicitação ainda não está completa:
%1</translation>
    </message>
    <message>
        <source>There is no request %1 in this profile.</source>
        <translation>Não existe nenhuma solicitação %1 neste perfil.</translation>
    </message>
    <message>
        <source>Only the person who sent a request can correct or withdraw it.</source>
        <translation>Só a pessoa que enviou uma solicitação pode corrigi-la ou retirá-la.</translation>
    </message>
    <message>
        <source>This request was withdrawn; send a new one instead.</source>
        <translation>Esta solicitação foi retirada; envie uma nova no lugar dela.</translation>
    </message>
    <message>
        <source>A correction keeps the request&apos;s kind; send a new request for something else.</source>
        <translation>Uma correção mantém o tipo da solicitação; para outra coisa, envie uma nova solicitação.</translation>
    </message>
    <message>
        <source>This request is already withdrawn.</source>
        <translation>Esta solicitação já foi retirada.</translation>
    </message>
    <message>
        <source>It is too late to send this request: your district&apos;s policy asks for %1&apos;s answer before %2, and that day has come. Speak to them directly.</source>
        <translation>É tarde demais para enviar esta solicitação: a política do seu distrito pede a resposta de %1 antes de %2, e esse dia já chegou. Fale diretamente com essa pessoa.</translation>
    </message>
    <message>
        <source>This request continues one that is not approved, or is not yours: send it once that request is approved.</source>
        <translation>Esta solicitação continua outra que não foi aprovada ou não é sua: envie-a quando aquela solicitação for aprovada.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy asks for &quot;%1&quot; to be approved first. Once it is, ClearLine offers this request with your answers filled in.</source>
        <translation>A política do seu distrito pede que &quot;%1&quot; seja aprovada antes. Quando for, o ClearLine oferece esta solicitação com suas respostas já preenchidas.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::RequestSheet</name>
    <message>
        <source>There is no request %1 in this profile.</source>
        <translation>Não existe nenhuma solicitação %1 neste perfil.</translation>
    </message>
    <message>
        <source>Sent the request</source>
        <translation>Enviou a solicitação</translation>
    </message>
    <message>
        <source>Withdrew it: %1</source>
        <translation>Retirou a solicitação: %1</translation>
    </message>
    <message>
        <source>Corrected and sent again: %1</source>
        <translation>Corrigiu e enviou de novo: %1</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>designee of %1 for the %2</source>
        <translation>pessoa designada por %1 para a função de %2</translation>
    </message>
    <message>
        <source>does not count: %1</source>
        <translation>não conta: %1</translation>
    </message>
    <message>
        <source>The request as it was filled in</source>
        <translation>A solicitação como foi preenchida</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>The checklist</source>
        <translation>A lista de verificação</translation>
    </message>
    <message>
        <source>What the policy says</source>
        <translation>O que diz a política</translation>
    </message>
    <message>
        <source>What ClearLine checked</source>
        <translation>O que o ClearLine verificou</translation>
    </message>
    <message>
        <source>Nothing in this request stands out against the policy.</source>
        <translation>Nada nesta solicitação chama a atenção em relação à política.</translation>
    </message>
    <message>
        <source>The route</source>
        <translation>A rota</translation>
    </message>
    <message>
        <source>Nobody approves this kind of request; it is kept as a record.</source>
        <translation>Ninguém aprova este tipo de solicitação; ela fica guardada como registro.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Em que ponto está</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 por %2 em %3</translation>
    </message>
    <message>
        <source>Informed when it was sent</source>
        <translation>Recebeu um aviso quando foi enviada</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Não chegou a esta etapa</translation>
    </message>
    <message>
        <source>Waiting for this step now</source>
        <translation>Aguardando esta etapa agora</translation>
    </message>
    <message>
        <source>Comes after the steps before it</source>
        <translation>Vem depois das etapas anteriores</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Assinaturas</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Impressão digital da chave</translation>
    </message>
    <message>
        <source>This signature does not check out: the record was changed after it was signed.</source>
        <translation>Esta assinatura não é válida: o registro foi alterado depois de ser assinado.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versão %1</translation>
    </message>
    <message>
        <source>Asked by %1 on %2 · record %3</source>
        <translation>Solicitada por %1 em %2 · registro %3</translation>
    </message>
    <message>
        <source>Every signature above was checked against its key when this page was made.</source>
        <translation>Cada assinatura acima foi verificada com a sua chave quando esta página foi criada.</translation>
    </message>
    <message>
        <source>At least one signature above does not check out; see the marked rows.</source>
        <translation>Pelo menos uma assinatura acima não é válida; veja as linhas marcadas.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::RequestStatus</name>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>On record</source>
        <translation>Arquivada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Not sent yet: open it to finish and send it.</source>
        <translation>Ainda não enviada: abra-a para terminar e enviar.</translation>
    </message>
    <message>
        <source>Waiting for %1, before %2.</source>
        <translation>Aguardando %1, antes de %2.</translation>
    </message>
    <message>
        <source>Waiting for %1.</source>
        <translation>Aguardando %1.</translation>
    </message>
    <message>
        <source>Waiting for %1 (%2).</source>
        <translation>Aguardando %1 (%2).</translation>
    </message>
    <message>
        <source>Expired: %1 did not answer before %2. Send a new request if you still need it.</source>
        <translation>Expirada: %1 não respondeu antes de %2. Envie uma nova solicitação se você ainda precisar.</translation>
    </message>
    <message>
        <source>Sent: it informs the people on its route; nobody needs to approve it.</source>
        <translation>Enviada: ela informa as pessoas da sua rota; ninguém precisa aprová-la.</translation>
    </message>
    <message>
        <source>On record: your district asks for this to be written down; nobody needs to approve it.</source>
        <translation>Arquivada: o seu distrito pede que isto fique registrado por escrito; ninguém precisa aprová-la.</translation>
    </message>
    <message>
        <source>Withdrawn: you took this request back.</source>
        <translation>Retirada: você retirou esta solicitação.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovada</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Negada</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devolvida</translation>
    </message>
    <message>
        <source>Cannot check</source>
        <translation>Não é possível verificar</translation>
    </message>
    <message>
        <source>Approved: everyone on the route has said yes.</source>
        <translation>Aprovada: todas as pessoas da rota disseram sim.</translation>
    </message>
    <message>
        <source>Denied by %1.</source>
        <translation>Negada por %1.</translation>
    </message>
    <message>
        <source>Denied by %1: &quot;%2&quot;</source>
        <translation>Negada por %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Returned by %1 for changes: &quot;%2&quot; Correct the request to send it again.</source>
        <translation>Devolvida por %1 para alterações: &quot;%2&quot; Corrija a solicitação para enviá-la de novo.</translation>
    </message>
    <message>
        <source>Cannot check: your district&apos;s policy on this computer has no such procedure, so ClearLine cannot tell who must approve it. Ask district IT whether the policy here is up to date.</source>
        <translation>Não é possível verificar: a política do seu distrito neste computador não tem esse procedimento, então o ClearLine não consegue saber quem deve aprová-la. Pergunte à equipe de TI do distrito se a política daqui está atualizada.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::Review</name>
    <message>
        <source>There is no request %1 in this profile.</source>
        <translation>Não existe nenhuma solicitação %1 neste perfil.</translation>
    </message>
    <message>
        <source>Say why: the person who asked will read your comment.</source>
        <translation>Informe o motivo: a pessoa que fez a solicitação vai ler o seu comentário.</translation>
    </message>
    <message>
        <source>This request was withdrawn by the person who sent it.</source>
        <translation>Esta solicitação foi retirada pela pessoa que a enviou.</translation>
    </message>
    <message>
        <source>Nothing in this request waits for your decision.</source>
        <translation>Nada nesta solicitação aguarda a sua decisão.</translation>
    </message>
    <message>
        <source>This request is not waiting for a decision (%1).</source>
        <translation>Esta solicitação não está aguardando uma decisão (%1).</translation>
    </message>
    <message>
        <source>This request is not open any more (%1): it can only be marked as read.</source>
        <translation>Esta solicitação não está mais aberta (%1): só pode ser marcada como lida.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::ReviewChecks</name>
    <message>
        <source>Your district&apos;s policy no longer has the procedure this request follows (%1).</source>
        <translation>A política do seu distrito não tem mais o procedimento que esta solicitação segue (%1).</translation>
    </message>
    <message>
        <source>%1 is not on the district&apos;s list of approved platforms.</source>
        <translation>%1 não está na lista de plataformas aprovadas do distrito.</translation>
    </message>
    <message>
        <source>%1 (%2) has already passed.</source>
        <translation>%1 (%2) já passou.</translation>
    </message>
    <message>
        <source>%1 is %2, under %3.</source>
        <translation>%1: %2, abaixo de %3.</translation>
    </message>
    <message>
        <source>Not ticked: &quot;%1&quot;</source>
        <translation>Não marcado: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The deadline for %1 passed on %2.</source>
        <translation>O prazo para %1 venceu em %2.</translation>
    </message>
    <message>
        <source>Sent late: on %1, when the policy wanted %2&apos;s answer before %3.</source>
        <translation>Enviada com atraso: em %1, quando a política pedia a resposta de %2 antes de %3.</translation>
    </message>
    <message>
        <source>The district&apos;s list of approved platforms is kept by the %1, outside ClearLine: check that %2 is on this year&apos;s list.</source>
        <translation>A lista de plataformas aprovadas do distrito é mantida por %1, fora do ClearLine: confira se %2 está na lista deste ano.</translation>
    </message>
    <message>
        <source>The district&apos;s list of approved platforms is kept outside ClearLine: check that %1 is on this year&apos;s list.</source>
        <translation>A lista de plataformas aprovadas do distrito é mantida fora do ClearLine: confira se %1 está na lista deste ano.</translation>
    </message>
    <message>
        <source>The district&apos;s list of approved platforms was last renewed for %1, not for %2: check that %3 is still on this year&apos;s list.</source>
        <translation>A lista de plataformas aprovadas do distrito foi renovada pela última vez para %1, não para %2: confira se %3 ainda está na lista deste ano.</translation>
    </message>
    <message>
        <source>an earlier year</source>
        <translation>um ano anterior</translation>
    </message>
    <message>
        <source>%1 is approved only for students aged %2 and older: check the students&apos; ages.</source>
        <translation>%1 está aprovada só para alunos com %2 anos ou mais: confira a idade dos alunos.</translation>
    </message>
    <message>
        <source>%1 is approved only for students aged %2 and older; the youngest here is %3.</source>
        <translation>%1 está aprovada só para alunos com %2 anos ou mais; o mais novo aqui tem %3.</translation>
    </message>
    <message>
        <source>%1 is approved for grades %2; %3 has grades %4: check which students will use it.</source>
        <translation>%1 está aprovada para as séries %2; %3 tem as séries %4: confira quais alunos vão usá-la.</translation>
    </message>
</context>
<context>
    <name>clearline::retention::HoldFiling</name>
    <message>
        <source>Your district&apos;s policy names no records officer, so nobody can place a legal hold in ClearLine.</source>
        <translation>A política do seu distrito não nomeia nenhum responsável pelos registros, então ninguém pode colocar uma retenção legal no ClearLine.</translation>
    </message>
    <message>
        <source>Only the %1 places legal holds, and your district&apos;s policy does not list you for that role.</source>
        <translation>Somente %1 coloca retenções legais, e a política do seu distrito não o inclui nessa função.</translation>
    </message>
    <message>
        <source>Say why the record is held (a lawsuit, a public-records request …); the reason is signed with the hold.</source>
        <translation>Diga por que o registro é retido (um processo judicial, um pedido de registros públicos …); o motivo é assinado com a retenção.</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>Não há nenhum registro %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on legal hold: %2</source>
        <translation>&quot;%1&quot; já está em retenção legal: %2</translation>
    </message>
    <message>
        <source>No legal hold stands on this record.</source>
        <translation>Este registro não tem nenhuma retenção legal em vigor.</translation>
    </message>
    <message>
        <source>Another records officer placed this hold; only they can release it.</source>
        <translation>Outro responsável pelos registros colocou esta retenção; só essa pessoa pode liberá-la.</translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation>Retenção legal liberada</translation>
    </message>
</context>
<context>
    <name>clearline::retention::LegalHold</name>
    <message>
        <source>Legal hold released: %1</source>
        <translation>Retenção legal liberada: %1</translation>
    </message>
    <message>
        <source>Legal hold: %1</source>
        <translation>Retenção legal: %1</translation>
    </message>
</context>
<context>
    <name>clearline::retention::Retention</name>
    <message>
        <source>Your district&apos;s policy gives no retention period for this kind of record.</source>
        <translation>A política do seu distrito não dá nenhum prazo de guarda para este tipo de registro.</translation>
    </message>
    <message>
        <source>Keep it: your district&apos;s policy gives no period (§ %1).</source>
        <translation>Guarde-o: a política do seu distrito não dá nenhum prazo (§ %1).</translation>
    </message>
    <message>
        <source>Keep permanently (§ %1).</source>
        <translation>Guardar permanentemente (§ %1).</translation>
    </message>
    <message>
        <source>Keep until %1 (%2 from the end of the school year, § %3).</source>
        <translation>Guardar até %1 (%2 a partir do fim do ano letivo, § %3).</translation>
    </message>
    <message>
        <source>Keep until %1 (%2 from the record&apos;s date, § %3).</source>
        <translation>Guardar até %1 (%2 a partir da data do registro, § %3).</translation>
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
        <translation>permanentemente</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mês</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::sync::BundleExport</name>
    <message>
        <source>An attachment of record %1 is missing from this profile; run &apos;clearline ledger verify&apos;.</source>
        <translation>Está faltando neste perfil um anexo do registro %1; execute &apos;clearline ledger verify&apos;.</translation>
    </message>
    <message>
        <source>Some revisions here are signed by a key this profile does not list; run &apos;clearline ledger verify&apos;.</source>
        <translation>Algumas versões aqui foram assinadas com uma chave que este perfil não tem na lista; execute &apos;clearline ledger verify&apos;.</translation>
    </message>
</context>
<context>
    <name>clearline::sync::BundleImport</name>
    <message>
        <source>ClearLine ran out of memory reading this bundle. Close other programs and try again.</source>
        <translation>O ClearLine ficou sem memória ao ler este lote. Feche outros programas e tente de novo.</translation>
    </message>
    <message>
        <source>%1, whom your district&apos;s policy lists as %2: only district IT can add a key for them, in the policy</source>
        <translation>%1, que a política do seu distrito lista como %2: só a equipe de TI do distrito pode adicionar uma chave para essa pessoa, na política</translation>
    </message>
    <message>
        <source>%1 (known as %2)</source>
        <translation>%1 (conhecido como %2)</translation>
    </message>
    <message>
        <source>An attached file in the bundle was changed after it was made.</source>
        <translation>Um arquivo anexado no lote foi alterado depois que o lote foi criado.</translation>
    </message>
    <message>
        <source>Revision %1 is signed by someone this profile has not accepted (%2).</source>
        <translation>A versão %1 foi assinada por alguém que este perfil não aceitou (%2).</translation>
    </message>
    <message>
        <source>Revision %1 is signed by a key that neither this profile nor the bundle knows (%2).</source>
        <translation>A versão %1 foi assinada com uma chave que nem este perfil nem o lote conhecem (%2).</translation>
    </message>
    <message>
        <source>Revision %1 was changed after it was signed.</source>
        <translation>A versão %1 foi alterada depois de ser assinada.</translation>
    </message>
    <message>
        <source>Revision %1 does not carry a valid signature of its author (%2).</source>
        <translation>A versão %1 não tem uma assinatura válida do seu autor (%2).</translation>
    </message>
    <message>
        <source>Revision %1 says it is by someone other than the person whose key signed it (%2).</source>
        <translation>A versão %1 diz ser de alguém diferente da pessoa cuja chave a assinou (%2).</translation>
    </message>
    <message>
        <source>Revision %1 differs from the copy this profile already holds.</source>
        <translation>A versão %1 é diferente da cópia que este perfil já tem.</translation>
    </message>
    <message>
        <source>This bundle continues from revisions this profile has not received yet (from %1). Import the earlier bundles from them first, or ask for a complete one.</source>
        <translation>Este lote continua a partir de versões que este perfil ainda não recebeu (de %1). Primeiro importe os lotes anteriores dessa pessoa ou peça um lote completo.</translation>
    </message>
    <message>
        <source>A revision is missing before revision %1: the chain of its author&apos;s revisions is broken.</source>
        <translation>Está faltando uma versão antes da versão %1: a cadeia de versões do autor está quebrada.</translation>
    </message>
    <message>
        <source>Revision %1 does not follow its author&apos;s latest revision held here: their records have split into two lines. Ask district IT to look at both profiles.</source>
        <translation>A versão %1 não segue a última versão do autor que está aqui: os registros dele se dividiram em duas linhas. Peça à equipe de TI do distrito para verificar os dois perfis.</translation>
    </message>
    <message>
        <source>Revision %1 corrects revision %2, which is neither in the bundle nor in this profile.</source>
        <translation>A versão %1 corrige a versão %2, que não está nem no lote nem neste perfil.</translation>
    </message>
    <message>
        <source>Revision %1 claims to correct a revision of another record.</source>
        <translation>A versão %1 diz corrigir uma versão de outro registro.</translation>
    </message>
    <message>
        <source>A file attached to revision %1 is missing from the bundle.</source>
        <translation>Está faltando no lote um arquivo anexado à versão %1.</translation>
    </message>
    <message>
        <source>Revision %1 changes a record made by someone else; only the person who made a record may correct it.</source>
        <translation>A versão %1 altera um registro criado por outra pessoa; só quem criou um registro pode corrigi-lo.</translation>
    </message>
    <message>
        <source>Revision %1 changes a record that was signed with another key of the same person (%2). A new key can correct what an old key signed only once the old key has handed its records over to it.</source>
        <translation>A revisão %1 altera um registro assinado com outra chave da mesma pessoa (%2). Uma chave nova só pode corrigir o que uma chave antiga assinou depois que a chave antiga lhe passou seus registros.</translation>
    </message>
    <message>
        <source>%1 does not hold what its manifest lists: it was made wrongly or changed.</source>
        <translation>%1 não contém o que o seu manifesto lista: foi criado de forma errada ou alterado.</translation>
    </message>
</context>
<context>
    <name>clearline::sync::BundleReader</name>
    <message>
        <source>%1 is damaged or incomplete (%2). Ask the sender for a new copy.</source>
        <translation>%1 está danificado ou incompleto (%2). Peça a quem enviou uma nova cópia.</translation>
    </message>
    <message>
        <source>ClearLine cannot read %1: %2</source>
        <translation>O ClearLine não consegue ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a ClearLine bundle.</source>
        <translation>%1 não é um lote do ClearLine.</translation>
    </message>
    <message>
        <source>its format line is not readable</source>
        <translation>a linha de formato não pode ser lida</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of ClearLine (bundle format %2; this version reads up to %3). Update ClearLine, then import it again.</source>
        <translation>%1 foi criado por uma versão mais nova do ClearLine (formato de lote %2; esta versão lê até o %3). Atualize o ClearLine e importe de novo.</translation>
    </message>
    <message>
        <source>its manifest is cut short</source>
        <translation>o manifesto está incompleto</translation>
    </message>
    <message>
        <source>its manifest is not readable: %1</source>
        <translation>o manifesto não pode ser lido: %1</translation>
    </message>
    <message>
        <source>%1 does not carry a valid signature of the person it names as its sender (%2): it was changed after it was made.</source>
        <translation>%1 não tem uma assinatura válida da pessoa indicada como remetente (%2): foi alterado depois de ser criado.</translation>
    </message>
    <message>
        <source>it is compressed with &quot;%1&quot;, which ClearLine does not use</source>
        <translation>está compactado com &quot;%1&quot;, que o ClearLine não usa</translation>
    </message>
    <message>
        <source>it is cut short: %1 of %2 bytes are there</source>
        <translation>está incompleto: há %1 de %2 bytes</translation>
    </message>
    <message>
        <source>it holds more than its manifest lists</source>
        <translation>contém mais do que o manifesto lista</translation>
    </message>
    <message>
        <source>it claims to expand to %1 bytes from %2, more than any real bundle does</source>
        <translation>diz que se expande de %2 para %1 bytes, mais do que qualquer lote real</translation>
    </message>
    <message>
        <source>its contents do not match the checksum its sender signed; it was changed after it was made</source>
        <translation>o conteúdo não corresponde à soma de verificação que o remetente assinou; foi alterado depois de ser criado</translation>
    </message>
    <message>
        <source>ClearLine could not start reading the bundle.</source>
        <translation>O ClearLine não conseguiu começar a ler o lote.</translation>
    </message>
    <message>
        <source>its compressed contents are broken (%1)</source>
        <translation>o conteúdo compactado está danificado (%1)</translation>
    </message>
    <message>
        <source>its contents expand beyond the %1 bytes its manifest declares</source>
        <translation>o conteúdo se expande além dos %1 bytes que o manifesto declara</translation>
    </message>
    <message>
        <source>one of its lines is longer than any record can be</source>
        <translation>uma das linhas é mais longa do que qualquer registro pode ser</translation>
    </message>
    <message>
        <source>its contents end early</source>
        <translation>o conteúdo termina antes do esperado</translation>
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
        <translation>%1, de %2, criado em %3</translation>
    </message>
    <message>
        <source>  Refused: %1</source>
        <translation>  Recusado: %1</translation>
    </message>
    <message>
        <source>  Nothing was changed.</source>
        <translation>  Nada foi alterado.</translation>
    </message>
    <message>
        <source>  Would add: %1</source>
        <translation>  Adicionaria: %1</translation>
    </message>
    <message>
        <source>  New: %1</source>
        <translation>  Novo: %1</translation>
    </message>
    <message>
        <source>  New attached files: %1</source>
        <translation>  Novos arquivos anexados: %1</translation>
    </message>
    <message>
        <source>  Already here: %1</source>
        <translation>  Já estavam aqui: %1</translation>
    </message>
    <message>
        <source>  New person, listed in the district&apos;s pack: %1</source>
        <translation>  Pessoa nova, listada no pacote do distrito: %1</translation>
    </message>
    <message>
        <source>  New person, accepted: %1</source>
        <translation>  Pessoa nova, aceita: %1</translation>
    </message>
    <message>
        <source>  Two versions of &quot;%1&quot; now exist (record %2). Both are kept, and its history shows both; the person who made it can correct it to settle which stands.</source>
        <translation>  Agora existem duas versões de &quot;%1&quot; (registro %2). As duas são mantidas e o histórico mostra ambas; a pessoa que o criou pode corrigi-lo para definir qual vale.</translation>
    </message>
    <message>
        <source>  A change to &quot;%1&quot; (record %2) is dated %3, in the future: its author&apos;s computer clock is wrong. It is kept with that date; which version counts does not depend on dates.</source>
        <translation>  Uma alteração em &quot;%1&quot; (registro %2) tem a data %3, no futuro: o relógio do computador do autor está errado. Ela é mantida com essa data; qual versão vale não depende das datas.</translation>
    </message>
    <message>
        <source>  The sender works under another district&apos;s policy.</source>
        <translation>  O remetente trabalha sob a política de outro distrito.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>  %1 (%2) now gives the name %3, which is someone else&apos;s that ClearLine knows. It was not taken: their records keep the name %1.</source>
        <translation>  %1 (%2) agora informa o nome %3, que é de outra pessoa que o ClearLine conhece. Não foi aceito: os registros continuam com o nome %1.</translation>
    </message>
    <message>
        <source>  %1 (%2) is now called %3, as you accepted.</source>
        <translation>  %1 (%2) agora se chama %3, como você aceitou.</translation>
    </message>
    <message>
        <source>  %1 (%2) now gives the name %3. Their records keep the name %1 until you accept the new one: import again with --accept %2.</source>
        <translation>  %1 (%2) agora informa o nome %3. Os registros continuam com o nome %1 até você aceitar o novo: importe de novo com --accept %2.</translation>
    </message>
    <message>
        <source>a new key for %1</source>
        <translation>uma chave nova de %1</translation>
    </message>
    <message>
        <source>  Waits for you to accept: %1</source>
        <translation>  Aguardando que você aceite: %1</translation>
    </message>
    <message>
        <source>  Waiting: these people are new to this profile. Compare each fingerprint with the person (in person or by phone), then import again with --accept FINGERPRINT:</source>
        <translation>  Em espera: estas pessoas são novas neste perfil. Compare cada impressão digital com a pessoa (pessoalmente ou por telefone) e depois importe de novo com --accept FINGERPRINT:</translation>
    </message>
    <message>
        <source> — a new key for %1</source>
        <translation> — uma chave nova de %1</translation>
    </message>
    <message>
        <source>it holds %1 revisions and %2 files, not the %3 and %4 its manifest lists</source>
        <translation>contém %1 versões e %2 arquivos, não as %3 e os %4 que o manifesto lista</translation>
    </message>
    <message>
        <source>revision %1 was changed after it was signed</source>
        <translation>a versão %1 foi alterada depois de ser assinada</translation>
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
        <translation>Criado:     %1 com %2</translation>
    </message>
    <message>
        <source>Policy:     %1, adopted %2</source>
        <translation>Política:   %1, adotada em %2</translation>
    </message>
    <message>
        <source>Revisions:  %1 (%2)</source>
        <translation>Versões:    %1 (%2)</translation>
    </message>
    <message>
        <source>Files:      %1</source>
        <translation>Arquivos:   %1</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Assinado por:</translation>
    </message>
    <message>
        <source>Every signature checks out.</source>
        <translation>Todas as assinaturas são válidas.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>  Not for you (sealed placeholders that keep the chain of signatures whole): %1</source>
        <translation>  Não são para você (marcadores selados que mantêm a cadeia de assinaturas inteira): %1</translation>
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
        <translation>O ClearLine não consegue gravar em %1: %2</translation>
    </message>
    <message>
        <source>ClearLine could not start compressing the bundle.</source>
        <translation>O ClearLine não conseguiu começar a compactar o lote.</translation>
    </message>
    <message>
        <source>ClearLine could not compress the bundle (%1).</source>
        <translation>O ClearLine não conseguiu compactar o lote (%1).</translation>
    </message>
    <message>
        <source>ClearLine could not write the bundle: %1</source>
        <translation>O ClearLine não conseguiu gravar o lote: %1</translation>
    </message>
    <message>
        <source>ClearLine cannot write %1: %2</source>
        <translation>O ClearLine não consegue gravar %1: %2</translation>
    </message>
    <message>
        <source>ClearLine could not write %1: %2. Nothing was sent; check that the disk has room.</source>
        <translation>O ClearLine não conseguiu gravar %1: %2. Nada foi enviado; verifique se há espaço no disco.</translation>
    </message>
</context>
<context>
    <name>clearline::sync::EnrolmentFile</name>
    <message>
        <source>ClearLine could not write %1.</source>
        <translation>O ClearLine não conseguiu gravar %1.</translation>
    </message>
    <message>
        <source>ClearLine could not read %1.</source>
        <translation>O ClearLine não conseguiu ler %1.</translation>
    </message>
    <message>
        <source>%1 is not a ClearLine enrolment request.</source>
        <translation>%1 não é uma solicitação de inscrição do ClearLine.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está danificado: %2</translation>
    </message>
    <message>
        <source>%1 was changed after it was signed: do not use it, and ask the person for a new one.</source>
        <translation>%1 foi alterado depois de assinado: não o use e peça um novo à pessoa.</translation>
    </message>
</context>
<context>
    <name>clearline::sync::FolderSync</name>
    <message>
        <source>The shared folder %1 cannot be found. Check that the drive is connected, or choose the folder again in Settings.</source>
        <translation>A pasta compartilhada %1 não foi encontrada. Verifique se a unidade está conectada ou escolha a pasta de novo em Configurações.</translation>
    </message>
</context>
<context>
    <name>clearline::sync::PackCarriage</name>
    <message>
        <source>%1 as %2 at %3</source>
        <translation>%1 como %2 em %3</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
    <message>
        <source>The bundle carries version %1 of the district policy, but this profile trusts no district key yet, so ClearLine did not take it. District IT can set it with: clearline settings set district_key FINGERPRINT</source>
        <translation>O lote traz a versão %1 da política do distrito, mas este perfil ainda não confia em nenhuma chave do distrito, então o ClearLine não a adotou. A TI do distrito pode defini-la com: clearline settings set district_key FINGERPRINT</translation>
    </message>
    <message>
        <source>The bundle carries a district policy that ClearLine could not read, so it was not taken.</source>
        <translation>O lote traz uma política do distrito que o ClearLine não conseguiu ler, então ela não foi adotada.</translation>
    </message>
    <message>
        <source>The bundle carries version %1 of the district policy, but it is %2, so ClearLine did not take it.</source>
        <translation>O lote traz a versão %1 da política do distrito, mas ela está %2, então o ClearLine não a adotou.</translation>
    </message>
    <message>
        <source>The bundle carries version %1 of the district policy signed by the key %2, not by your district&apos;s key %3, so ClearLine did not take it.</source>
        <translation>O lote traz a versão %1 da política do distrito assinada com a chave %2, não com a chave do seu distrito %3, então o ClearLine não a adotou.</translation>
    </message>
    <message>
        <source>The bundle carries version %1 of the district policy, but it has mistakes (%2), so ClearLine did not take it.</source>
        <translation>O lote traz a versão %1 da política do distrito, mas ela tem erros (%2), então o ClearLine não a adotou.</translation>
    </message>
    <message>
        <source>The bundle carries the policy of another district (%1), so ClearLine did not take it.</source>
        <translation>O lote traz a política de outro distrito (%1), então o ClearLine não a adotou.</translation>
    </message>
    <message>
        <source>The bundle carries the same version (%1) of the district policy as this profile has.</source>
        <translation>O lote traz a mesma versão (%1) da política do distrito que este perfil tem.</translation>
    </message>
    <message>
        <source>The bundle carries version %1 of the district policy, older than this profile&apos;s version %2, so ClearLine kept its own.</source>
        <translation>O lote traz a versão %1 da política do distrito, mais antiga que a versão %2 deste perfil, então o ClearLine manteve a sua.</translation>
    </message>
    <message>
        <source>ClearLine could not keep the new district policy in %1.</source>
        <translation>O ClearLine não conseguiu guardar a nova política do distrito em %1.</translation>
    </message>
    <message>
        <source>This profile now follows version %1 of the district policy, signed by your district&apos;s key.</source>
        <translation>Este perfil agora segue a versão %1 da política do distrito, assinada com a chave do seu distrito.</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Adicionado: %1.</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Removido: %1.</translation>
    </message>
    <message>
        <source>The roles changed.</source>
        <translation>As funções mudaram.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; changed.</source>
        <translation>A seção &quot;%1&quot; mudou.</translation>
    </message>
    <message>
        <source>Nothing but the version changed.</source>
        <translation>Só a versão mudou.</translation>
    </message>
    <message>
        <source>The bundle carries version %1 of the district policy, but your district&apos;s IT staff install the policy on this computer, so ClearLine keeps theirs until they update it.</source>
        <translation>O pacote traz a versão %1 da política do distrito, mas a equipe de TI do seu distrito instala a política neste computador, então o ClearLine mantém a deles até que a atualizem.</translation>
    </message>
</context>
<context>
    <name>clearline::sync::SealedBundle</name>
    <message>
        <source>%1 is locked for the people it is for. Unlock your key to read it.</source>
        <translation>%1 está trancado para as pessoas a quem se destina. Desbloqueie a sua chave para lê-lo.</translation>
    </message>
    <message>
        <source>There is no room to open %1: %2</source>
        <translation>Não há espaço para abrir %1: %2</translation>
    </message>
    <message>
        <source>There is no room to make the bundle: %1</source>
        <translation>Não há espaço para criar o pacote: %1</translation>
    </message>
</context>
<context>
    <name>clearline::ui::AboutDialog</name>
    <message>
        <source>About ClearLine</source>
        <translation>Sobre o ClearLine</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ClearLine %1&lt;/h2&gt;&lt;p&gt;Helps school staff follow their district&apos;s policy on communication with students and families, and keeps the public record of it.&lt;/p&gt;&lt;p&gt;Your data is kept in:&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ClearLine %1&lt;/h2&gt;&lt;p&gt;Ajuda os profissionais da escola a seguir a política do seu distrito sobre a comunicação com alunos e famílias, e mantém o registro público disso.&lt;/p&gt;&lt;p&gt;Seus dados ficam em:&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Software livre sob a Licença Pública Geral GNU, versão 3 ou posterior.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>clearline::ui::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge this year&apos;s policy</source>
        <translation>Confirmar a política deste ano</translation>
    </message>
    <message>
        <source>Read your district&apos;s policy below. Then tick the box and sign: ClearLine keeps a signed record that you read it this school year.</source>
        <translation>Leia abaixo a política do seu distrito. Depois marque a caixa e assine: o ClearLine guarda um registro assinado de que você a leu neste ano letivo.</translation>
    </message>
    <message>
        <source>I have read %1 for the school year %2.</source>
        <translation>Li %1 para o ano letivo %2.</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Assinar</translation>
    </message>
</context>
<context>
    <name>clearline::ui::BuildingOverviewView</name>
    <message>
        <source>Building overview</source>
        <translation>Visão geral da escola</translation>
    </message>
    <message>
        <source>S&amp;chool:</source>
        <translation>Es&amp;cola:</translation>
    </message>
    <message>
        <source>Staff are the people whose records have reached this profile. Open a line to see the records; open a record with Enter or a double click.</source>
        <translation>A equipe são as pessoas cujos registros chegaram a este perfil. Abra uma linha para ver os registros; abra um registro com Enter ou com um clique duplo.</translation>
    </message>
    <message>
        <source>The whole district</source>
        <translation>O distrito inteiro</translation>
    </message>
    <message>
        <source>Acknowledged the policy for %1: %2 of %3</source>
        <translation>Confirmaram a leitura da política do ano letivo %1: %2 de %3</translation>
    </message>
    <message>
        <source>%1: acknowledged</source>
        <translation>%1: confirmou a leitura</translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation>%1: ainda não</translation>
    </message>
    <message>
        <source>Trips with a shared number this week (%1 – %2): %3</source>
        <translation>Viagens com um número compartilhado nesta semana (%1 – %2): %3</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4</source>
        <translation>%1, %2 (%3): %4</translation>
    </message>
    <message>
        <source>Reports of misuse this school year: %1</source>
        <translation>Relatos de uso indevido neste ano letivo: %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Professional accounts registered: %1</source>
        <translation>Contas profissionais registradas: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Duties of the school&apos;s role holders: %1 open</source>
        <translation>Tarefas das funções da escola: %1 pendentes</translation>
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
        <translation>&lt;b&gt;Pessoas novas no ClearLine neste computador.&lt;/b&gt; Antes de marcar alguém, compare a impressão digital abaixo com a que aparece na tela da própria pessoa (Arquivo › Seu perfil), pessoalmente ou por telefone. Um lote entra inteiro ou não entra: marque todos para importá-lo.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;   fingerprint %3</source>
        <translation>%1 &lt;%2&gt;   impressão digital %3</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;   fingerprint %3 — a new key for %4</source>
        <translation>%1 &lt;%2&gt;   impressão digital %3 — uma chave nova de %4</translation>
    </message>
    <message>
        <source>ClearLine checked every signature. This is what importing would add; nothing has changed yet.</source>
        <translation>O ClearLine verificou todas as assinaturas. Isto é o que a importação adicionaria; nada foi alterado ainda.</translation>
    </message>
    <message>
        <source>ClearLine cannot import this. Nothing has changed.</source>
        <translation>O ClearLine não pode importar isto. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Imported. This is what was added.</source>
        <translation>Importado. Isto é o que foi adicionado.</translation>
    </message>
    <message>
        <source>Nothing new was added.</source>
        <translation>Nada novo foi adicionado.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::ChecklistPage</name>
    <message>
        <source>Before you send it</source>
        <translation>Antes de enviar</translation>
    </message>
    <message>
        <source>Tick each statement that is true. Your policy asks for every one of them; the link beside each opens the clause it comes from.</source>
        <translation>Marque cada declaração que for verdadeira. A sua política pede todas elas; o link ao lado de cada uma abre a cláusula de onde ela vem.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) still to tick.</source>
        <translation>
            <numerusform>Falta %n declaração para marcar.</numerusform>
            <numerusform>Faltam %n declarações para marcar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::ui::ContactDialog</name>
    <message>
        <source>A copy went to my &amp;district account</source>
        <translation>Uma cópia foi para a minha conta do &amp;distrito</translation>
    </message>
    <message>
        <source>The student may be at &amp;risk, neglected or harmed</source>
        <translation>O aluno pode estar em risc&amp;o, negligenciado ou machucado</translation>
    </message>
    <message>
        <source>The student is my &amp;own child</source>
        <translation>O aluno é meu &amp;próprio filho ou filha</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Registrar um contato</translation>
    </message>
    <message>
        <source>Initials only, such as J.R.</source>
        <translation>Só as iniciais, como J.R.</translation>
    </message>
    <message>
        <source>Roster id (optional)</source>
        <translation>Número de matrícula (opcional)</translation>
    </message>
    <message>
        <source>What was said, or the message itself</source>
        <translation>O que foi dito, ou a própria mensagem</translation>
    </message>
    <message>
        <source>What your district&apos;s policy says</source>
        <translation>O que diz a política do seu distrito</translation>
    </message>
    <message>
        <source>Not about a trip</source>
        <translation>Não tem a ver com uma viagem</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Iniciais:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>M&amp;eio:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>Mo&amp;tivo:</translation>
    </message>
    <message>
        <source>&amp;Trip:</source>
        <translation>&amp;Viagem:</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Iniciais</translation>
    </message>
    <message>
        <source>Roster id</source>
        <translation>Número de matrícula</translation>
    </message>
    <message>
        <source>&amp;Save to my log</source>
        <translation>&amp;Salvar no meu registro de contatos</translation>
    </message>
    <message>
        <source>Off-hours: %1</source>
        <translation>Fora do horário: %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Keep a record: %1</source>
        <translation>Mantenha um registro: %1</translation>
    </message>
    <message>
        <source>Read the policy&apos;s words</source>
        <translation>Ler o texto da política</translation>
    </message>
    <message>
        <source>Your district&apos;s policy says nothing against this.</source>
        <translation>A política do seu distrito não diz nada contra isto.</translation>
    </message>
    <message>
        <source>The entry was not saved: %1</source>
        <translation>A entrada não foi salva: %1</translation>
    </message>
    <message>
        <source>The entry is saved, but the notification record about the student could not be: %1
Report the concern anyway.</source>
        <translation>A entrada foi salva, mas não foi possível salvar o registro de notificação sobre o aluno: %1
Faça a notificação mesmo assim.</translation>
    </message>
    <message>
        <source>Throw away this entry? What you typed is not saved.</source>
        <translation>Descartar este registro? O que você digitou não foi salvo.</translation>
    </message>
    <message>
        <source>&amp;Throw away</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation>&amp;Continuar escrevendo</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>Q&amp;uem:</translation>
    </message>
    <message>
        <source>On the &amp;message:</source>
        <translation>Na &amp;mensagem:</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>&amp;Aparelho:</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Não sei</translation>
    </message>
    <message>
        <source>Th&amp;eir phone:</source>
        <translation>Tele&amp;fone de destino:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Resumo:</translation>
    </message>
    <message>
        <source>I copied the %1 on the message</source>
        <translation>Pus em cópia da mensagem: %1</translation>
    </message>
    <message>
        <source>Not family</source>
        <translation>Não é da família</translation>
    </message>
    <message>
        <source>The student is:</source>
        <translation>O aluno é:</translation>
    </message>
</context>
<context>
    <name>clearline::ui::ContactLogView</name>
    <message>
        <source>Any day</source>
        <translation>Qualquer dia</translation>
    </message>
    <message>
        <source>Off-hours</source>
        <translation>Fora do horário escolar</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Sinalizadas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Initials or roster id</source>
        <translation>Iniciais ou número de matrícula</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Aluno</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Qualquer meio</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Meio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Com quem</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Your contact log</source>
        <translation>Seu registro de contatos</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>off-hours</source>
        <translation>fora do horário escolar</translation>
    </message>
    <message>
        <source>student at risk</source>
        <translation>aluno em risco</translation>
    </message>
    <message>
        <source>flagged: %1</source>
        <translation>sinalizada: %1</translation>
    </message>
    <message>
        <source>forward a copy</source>
        <translation>encaminhar uma cópia</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Nenhuma entrada corresponde.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::DamageBanner</name>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Your records are damaged</source>
        <translation>Seus registros estão danificados</translation>
    </message>
</context>
<context>
    <name>clearline::ui::DelegateDialog</name>
    <message>
        <source>Name a designee</source>
        <translation>Designar uma pessoa</translation>
    </message>
    <message>
        <source>ClearLine holds nobody else&apos;s key yet. Import something your designee signed first.</source>
        <translation>O ClearLine ainda não tem a chave de nenhuma outra pessoa. Primeiro importe algo que a pessoa designada tenha assinado.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <source>&amp;Designee:</source>
        <translation>&amp;Pessoa designada:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo dia:</translation>
    </message>
    <message>
        <source>Sign the delegation</source>
        <translation>Assinar a delegação</translation>
    </message>
    <message>
        <source>Your designee can approve, deny and return requests for this role, signed with their own key, from today until the last day you choose. You can end it early.</source>
        <translation>A pessoa designada pode aprovar, negar e devolver solicitações para esta função, assinando com a própria chave, de hoje até o último dia que você escolher. Você pode encerrar a delegação antes.</translation>
    </message>
    <message>
        <source>Choose the designee.</source>
        <translation>Escolha a pessoa designada.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::DelegationList</name>
    <message>
        <source>When your district&apos;s policy says &quot;or designee&quot;, you can name someone to act for you in that role for a period. Their decisions carry their own signature and say whom they acted for.</source>
        <translation>Quando a política do seu distrito diz &quot;ou a pessoa designada&quot;, você pode designar alguém para agir no seu lugar nessa função durante um período. As decisões dessa pessoa têm a assinatura dela e indicam em nome de quem ela agiu.</translation>
    </message>
    <message>
        <source>&amp;Name a designee…</source>
        <translation>&amp;Designar uma pessoa…</translation>
    </message>
    <message>
        <source>&amp;End this delegation…</source>
        <translation>&amp;Encerrar esta delegação…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Quem age</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Em nome de</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Designees</source>
        <translation>Pessoas designadas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Encerrada antes do prazo</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciada</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>No designees, given or received.</source>
        <translation>Não há pessoas designadas, nem por você nem para você.</translation>
    </message>
    <message>
        <source>End the delegation</source>
        <translation>Encerrar a delegação</translation>
    </message>
    <message>
        <source>From now on, only you act in this role. Why end it early?</source>
        <translation>A partir de agora, só você age nesta função. Por que encerrá-la antes do prazo?</translation>
    </message>
    <message>
        <source>I am back</source>
        <translation>Estou de volta</translation>
    </message>
</context>
<context>
    <name>clearline::ui::DisclosureView</name>
    <message>
        <source>&amp;Ask for approval…</source>
        <translation>&amp;Solicitar aprovação…</translation>
    </message>
    <message>
        <source>&amp;Record as handed out</source>
        <translation>&amp;Registrar como entregue</translation>
    </message>
    <message>
        <source>&amp;Report misuse of my number…</source>
        <translation>&amp;Informar uso indevido do meu número…</translation>
    </message>
    <message>
        <source>&amp;Log a contact for this trip…</source>
        <translation>Registrar um &amp;contato para esta viagem…</translation>
    </message>
    <message>
        <source>&amp;Close the disclosure…</source>
        <translation>&amp;Encerrar a divulgação…</translation>
    </message>
    <message>
        <source>Trip disclosure</source>
        <translation>Divulgação do número para uma viagem</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Em que ponto está</translation>
    </message>
    <message>
        <source>The notice to hand out</source>
        <translation>O aviso a ser entregue</translation>
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
        <translation>Salvar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Handed out &amp;to:</source>
        <translation>Entregue &amp;a:</translation>
    </message>
    <message>
        <source>Such as: the team and their parents, at the meeting</source>
        <translation>Por exemplo: a equipe e os pais, na reunião</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>Dia e horário</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Com quem</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Meio</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Contacts logged for this trip</source>
        <translation>Contatos registrados para esta viagem</translation>
    </message>
    <message>
        <source>Contacts logged for this trip, day by day:</source>
        <translation>Contatos registrados para esta viagem, dia a dia:</translation>
    </message>
    <message>
        <source>Report misuse of my number</source>
        <translation>Informar uso indevido do meu número</translation>
    </message>
    <message>
        <source>Close the disclosure</source>
        <translation>Encerrar a divulgação</translation>
    </message>
    <message>
        <source>Any follow-up to note (optional):</source>
        <translation>Acompanhamento a anotar (opcional):</translation>
    </message>
    <message>
        <source>This trip disclosure is not in your records.</source>
        <translation>Esta divulgação do número para uma viagem não está nos seus registros.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Misuse of the number reported %n time(s).</source>
        <translation>
            <numerusform>Uso indevido do número informado %n vez.</numerusform>
            <numerusform>Uso indevido do número informado %n vezes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number %1, shared with %2.</source>
        <translation>Número %1, compartilhado com %2.</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Política:</translation>
    </message>
    <message>
        <source>Open the approval request</source>
        <translation>Abrir a solicitação de aprovação</translation>
    </message>
    <message>
        <source>Notice handed out to %1 on %2.</source>
        <translation>Aviso entregue a %1 em %2.</translation>
    </message>
    <message>
        <source>Open the misuse report</source>
        <translation>Abrir o relato de uso indevido</translation>
    </message>
    <message>
        <source>Closing note: %1</source>
        <translation>Nota de encerramento: %1</translation>
    </message>
    <message>
        <source>The notice is shown once you may give out the number.</source>
        <translation>O aviso aparece quando você já puder dar o número.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy asks for no notice with this number. Tell students and families what it is for when you give it.</source>
        <translation>A política do seu distrito não pede nenhum aviso com este número. Explique aos alunos e às famílias para que ele serve quando você der o número.</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>Salvar o aviso como PDF</translation>
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
        <translation>Aviso sobre o número de telefone para a viagem</translation>
    </message>
    <message>
        <source>What happened? Who used the number, when, and for what. It is signed and saved here, and reaches the people your district names when your records next go out (your shared folder, or File, Send records to…).</source>
        <translation>O que aconteceu? Quem usou o número, quando e para quê. É assinado e salvo aqui, e chega às pessoas que seu distrito indica na próxima vez que seus registros saírem (sua pasta compartilhada, ou Arquivo, Enviar registros para…).</translation>
    </message>
</context>
<context>
    <name>clearline::ui::DonePage</name>
    <message>
        <source>Where your request stands</source>
        <translation>Em que ponto está a sua solicitação</translation>
    </message>
    <message>
        <source>You can follow it under &quot;Your requests&quot; on the home screen.</source>
        <translation>Você pode acompanhá-la em &quot;Suas solicitações&quot;, na tela inicial.</translation>
    </message>
    <message>
        <source>Signed and saved</source>
        <translation>Assinado e salvo</translation>
    </message>
    <message>
        <source>It is kept on this computer, signed with your key. It reaches the people who must see it when your records next go out: through your shared folder, if ClearLine has one, or when you choose File, Send records to…</source>
        <translation>Fica guardado neste computador, assinado com sua chave. Chega às pessoas que devem vê-lo na próxima vez que seus registros saírem: pela sua pasta compartilhada, se o ClearLine tiver uma, ou quando você escolher Arquivo, Enviar registros para…</translation>
    </message>
</context>
<context>
    <name>clearline::ui::DutyDoneDialog</name>
    <message>
        <source>&amp;Mark as done</source>
        <translation>&amp;Marcar como feita</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marcar como feita</translation>
    </message>
    <message>
        <source>Have you done this?

%1</source>
        <translation>Você já fez isto?

%1</translation>
    </message>
    <message>
        <source>Have you done this for the school year %1?

%2</source>
        <translation>Você já fez isto para o ano letivo %1?

%2</translation>
    </message>
    <message>
        <source>Duty to mark as done</source>
        <translation>Tarefa a marcar como feita</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: what you did, for example &quot;sent by e-mail on 2 September&quot;</source>
        <translation>Opcional: o que você fez, por exemplo &quot;enviado por e-mail em 2 de setembro&quot;</translation>
    </message>
    <message>
        <source>Why it could not be marked done</source>
        <translation>Por que não foi possível marcar como feita</translation>
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
        <translation>Aguardando a TI do distrito confirmar você como %1.</translation>
    </message>
    <message>
        <source>Your enrolment request is in your records: it reaches district IT with your next bundle or through the shared folder. When IT calls, read them your key&apos;s fingerprint: %1. Once they have added you, the new policy reaches you the same way, and what waits for you appears here.</source>
        <translation>Sua solicitação de inscrição está nos seus registros: ela chega à TI do distrito com o seu próximo lote ou pela pasta compartilhada. Quando a TI ligar, leia para eles a impressão digital da sua chave: %1. Depois que adicionarem você, a nova política chega pelo mesmo caminho e o que aguarda sua decisão aparece aqui.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy does not list your key for this role yet, so ClearLine cannot count your decisions. Ask district IT to add you: Enrol makes the request, which travels to them with your records. Your key&apos;s fingerprint is %1.</source>
        <translation>A política do seu distrito ainda não lista sua chave para esta função, então o ClearLine não pode contar suas decisões. Peça à TI do distrito que adicione você: Inscrever-se faz a solicitação, que chega a eles com seus registros. A impressão digital da sua chave é %1.</translation>
    </message>
    <message>
        <source>&amp;Enrol as %1…</source>
        <translation>&amp;Inscrever-se como %1…</translation>
    </message>
    <message>
        <source>A copy to give district IT is in %1.</source>
        <translation>Há uma cópia para entregar à TI do distrito em %1.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::FieldEditor</name>
    <message>
        <source>Type or choose the platform</source>
        <translation>Digite ou escolha a plataforma</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolha…</translation>
    </message>
    <message>
        <source>year-month-day, like %1</source>
        <translation>ano-mês-dia, como %1</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendário…</translation>
    </message>
    <message>
        <source>Choose %1 from a calendar</source>
        <translation>Escolher %1 em um calendário</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: sim</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: não</translation>
    </message>
    <message>
        <source>name@school.org</source>
        <translation>nome@escola.org</translation>
    </message>
    <message>
        <source>hours:minutes, like 15:30</source>
        <translation>horas:minutos, como 15:30</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
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
        <translation>A lista de plataformas aprovadas do seu distrito é mantida por %1, não no ClearLine: verifique se a sua está na lista deste ano.</translation>
    </message>
    <message>
        <source>Check that the platform is on your district&apos;s approved list.</source>
        <translation>Verifique se a plataforma está na lista aprovada do seu distrito.</translation>
    </message>
    <message>
        <source>Ask for it to be reviewed instead</source>
        <translation>Pedir que ela seja analisada, em vez disso</translation>
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
        <translation>A lista oferecida aqui é a do ano passado: seu distrito ainda não a renovou para este ano letivo, então quem aprova vai conferir a plataforma de novo.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::FolderWatcher</name>
    <message>
        <source>Shared folder not reachable</source>
        <translation>Não é possível acessar a pasta compartilhada</translation>
    </message>
    <message>
        <source>Shared folder: up to date (%1)</source>
        <translation>Pasta compartilhada: atualizada (%1)</translation>
    </message>
    <message>
        <source>Shared folder: new at %1: %2</source>
        <translation>Pasta compartilhada: novidades às %1: %2</translation>
    </message>
    <message>
        <source>Syncing with %1 every minute.</source>
        <translation>Sincronizando com %1 a cada minuto.</translation>
    </message>
    <message>
        <source>Refused as damaged or changed: %1.</source>
        <translation>Recusados por estarem danificados ou alterados: %1.</translation>
    </message>
    <message>
        <source>Bundles in the folder are locked for the people they are for: ClearLine reads those for you, and writes yours, once you sign something in this session.</source>
        <translation>Os pacotes da pasta estão trancados para as pessoas a quem se destinam: o ClearLine lê os seus, e grava os que você envia, assim que você assinar algo nesta sessão.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::HomePage</name>
    <message>
        <source>Welcome to ClearLine</source>
        <translation>Bem-vindo ao ClearLine</translation>
    </message>
    <message>
        <source>ClearLine helps you follow your district&apos;s rules for communicating with students and families, and keeps the record of what you did.</source>
        <translation>O ClearLine ajuda você a seguir as regras do seu distrito para se comunicar com alunos e famílias, e mantém o registro do que você fez.</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Registrar um contato</translation>
    </message>
    <message>
        <source>Write a memo to file</source>
        <translation>Escrever um memorando para arquivo</translation>
    </message>
    <message>
        <source>Keep a note of a conversation or event that needs documenting.</source>
        <translation>Registre uma conversa ou um fato que precise ser documentado.</translation>
    </message>
    <message>
        <source>Acknowledge this year&apos;s policy</source>
        <translation>Confirmar a política deste ano</translation>
    </message>
    <message>
        <source>Read your district&apos;s policy and confirm you have.</source>
        <translation>Leia a política do seu distrito e confirme que a leu.</translation>
    </message>
    <message>
        <source>For principals and approvers</source>
        <translation>Para diretores e aprovadores</translation>
    </message>
    <message>
        <source>Review requests</source>
        <translation>Revisar pedidos</translation>
    </message>
    <message>
        <source>Building overview</source>
        <translation>Visão geral da escola</translation>
    </message>
    <message>
        <source>Find records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <source>Your memos</source>
        <translation>Seus memorandos</translation>
    </message>
    <message>
        <source>Your professional accounts</source>
        <translation>Suas contas profissionais</translation>
    </message>
    <message>
        <source>Read and acknowledge…</source>
        <translation>Ler e confirmar…</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Suas solicitações</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>O que você quer fazer?</translation>
    </message>
    <message>
        <source>To do for the school year %1: %2, by %3.</source>
        <translation>Pendente para o ano letivo %1: %2, até %3.</translation>
    </message>
    <message>
        <source>To do for the school year %1: %2.</source>
        <translation>Pendente para o ano letivo %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2 (registered %3)</source>
        <translation>%1: %2 (registrada em %3)</translation>
    </message>
    <message>
        <source>None yet. An account appears here once its request has gone through.</source>
        <translation>Nenhuma ainda. Uma conta aparece aqui quando a solicitação dela for concluída.</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Precisa da sua atenção</translation>
    </message>
    <message>
        <source>Your trips</source>
        <translation>Suas viagens</translation>
    </message>
    <message>
        <source>Your contact log</source>
        <translation>Seu registro de contatos</translation>
    </message>
    <message>
        <source>Write down a call, text or message with a student or family (Ctrl+Shift+L).</source>
        <translation>Anote uma ligação, uma mensagem de texto ou outra mensagem com um aluno ou uma família (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <source>Share my number for a trip</source>
        <translation>Compartilhar meu número para uma viagem</translation>
    </message>
    <message>
        <source>Give students or families your number for a trip the way your district asks.</source>
        <translation>Dê o seu número a alunos ou famílias para uma viagem do jeito que o seu distrito pede.</translation>
    </message>
    <message>
        <source>Approve, deny or return what waits for your decision (Ctrl+Shift+R).</source>
        <translation>Aprove, negue ou devolva o que aguarda a sua decisão (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <source>Search every record and export it as CSV or PDF, for a public-records request (Ctrl+Shift+F).</source>
        <translation>Pesquise todos os registros e exporte-os como CSV ou PDF, para um pedido de acesso a registros públicos (Ctrl+Shift+F).</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1, misuse reported</source>
        <translation>%1, uso indevido informado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Forward a copy of your message to %1 (%2) to your district account.</source>
        <translation>Encaminhe para a sua conta do distrito uma cópia da sua mensagem para %1 (%2).</translation>
    </message>
    <message>
        <source>Report your concern about %1, then record when you did.</source>
        <translation>Faça a notificação da sua preocupação com %1 e depois registre quando fez isso.</translation>
    </message>
    <message>
        <source>None yet. Use &quot;Share my number for a trip&quot; before you give out your number.</source>
        <translation>Nenhuma ainda. Use &quot;Compartilhar meu número para uma viagem&quot; antes de dar o seu número.</translation>
    </message>
    <message>
        <source>Next step: &quot;%1&quot; is approved. Now send &quot;%2&quot;; your answers are filled in.</source>
        <translation>Próximo passo: &quot;%1&quot; foi aprovada. Agora envie &quot;%2&quot;; suas respostas já estão preenchidas.</translation>
    </message>
    <message>
        <source>Hand out &quot;%1&quot; for &quot;%2&quot;, then record to whom.</source>
        <translation>Entregue &quot;%1&quot; de &quot;%2&quot; e registre a quem.</translation>
    </message>
    <message>
        <source>See the school&apos;s duties, who has acknowledged the policy and what is open this week.</source>
        <translation>Veja as tarefas da escola, quem confirmou a política e o que está pendente nesta semana.</translation>
    </message>
    <message>
        <source>Overdue since %1: %2</source>
        <translation>Atrasada desde %1: %2</translation>
    </message>
    <message>
        <source>Due soon, by %1: %2</source>
        <translation>Vence em breve, em %1: %2</translation>
    </message>
    <message>
        <source>To do by %1: %2</source>
        <translation>A fazer até %1: %2</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>A fazer: %1</translation>
    </message>
    <message>
        <source>Open to mark it as done.</source>
        <translation>Abra para marcá-la como feita.</translation>
    </message>
    <message>
        <source>Renew the list of approved platforms</source>
        <translation>Renovar a lista de plataformas aprovadas</translation>
    </message>
    <message>
        <source>Your district&apos;s list of approved platforms lives in its policy pack. Send this year&apos;s list to whoever looks after the pack (district IT); this reminder goes away when the updated pack arrives. Until then, approvers are asked to check each platform again.</source>
        <translation>A lista de plataformas aprovadas do seu distrito fica no pacote de política. Envie a lista deste ano a quem cuida do pacote (TI do distrito); este lembrete some quando o pacote atualizado chegar. Até lá, quem aprova é solicitado a conferir cada plataforma de novo.</translation>
    </message>
    <message>
        <source>Open to see how it is done.</source>
        <translation>Abra para ver como se faz.</translation>
    </message>
    <message>
        <source>%1 (your contact with %2, %3)</source>
        <translation>%1 (seu contato com %2, %3)</translation>
    </message>
    <message>
        <source>By %1: %2</source>
        <translation>Até %1: %2</translation>
    </message>
</context>
<context>
    <name>clearline::ui::IntroPage</name>
    <message>
        <source>What your policy says about it:</source>
        <translation>O que a sua política diz sobre isso:</translation>
    </message>
    <message>
        <source>Other ways your policy offers:</source>
        <translation>Outras opções que a sua política oferece:</translation>
    </message>
    <message>
        <source>Your answers are kept as a draft as you go: you can close this window at any time and finish later from the home screen.</source>
        <translation>Suas respostas ficam guardadas como rascunho à medida que você avança: você pode fechar esta janela a qualquer momento e terminar depois pela tela inicial.</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About ClearLine</source>
        <translation>&amp;Sobre o ClearLine</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>New &amp;memo to file…</source>
        <translation>Novo &amp;memorando para arquivo…</translation>
    </message>
    <message>
        <source>Your &amp;profile…</source>
        <translation>Seu &amp;perfil…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>&amp;Edit a policy pack…</source>
        <translation>&amp;Editar um pacote de política…</translation>
    </message>
    <message>
        <source>Your district&apos;s &amp;policy</source>
        <translation>&amp;Política do seu distrito</translation>
    </message>
    <message>
        <source>Open a policy pack</source>
        <translation>Abrir um pacote de política</translation>
    </message>
    <message>
        <source>Policy packs (pack.yaml *.yaml)</source>
        <translation>Pacotes de política (pack.yaml *.yaml)</translation>
    </message>
    <message>
        <source>Policy pack</source>
        <translation>Pacote de política</translation>
    </message>
    <message>
        <source>Authoring mode: this pack is %1. Staff never see an unsigned pack.</source>
        <translation>Modo de autoria (este pacote: %1). A equipe nunca vê um pacote não assinado.</translation>
    </message>
    <message>
        <source>Authoring mode: unsigned policy packs load.</source>
        <translation>Modo de autoria: pacotes de política não assinados são carregados.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Your district&apos;s policy no longer has this kind of request (%1); the draft is kept.</source>
        <translation>A política do seu distrito não tem mais este tipo de solicitação (%1); o rascunho fica guardado.</translation>
    </message>
    <message>
        <source>Signed: your acknowledgment of this year&apos;s policy is in your records.</source>
        <translation>Assinado: a sua confirmação de leitura da política deste ano está nos seus registros.</translation>
    </message>
    <message>
        <source>Records from %1 wait for you: review…</source>
        <translation>Há registros de %1 aguardando você: revisar…</translation>
    </message>
    <message>
        <source>Log a &amp;contact…</source>
        <translation>Registrar um con&amp;tato…</translation>
    </message>
    <message>
        <source>Share my number for a &amp;trip…</source>
        <translation>Compartilhar meu número para uma &amp;viagem…</translation>
    </message>
    <message>
        <source>&amp;Review requests…</source>
        <translation>&amp;Revisar solicitações…</translation>
    </message>
    <message>
        <source>&amp;Find records…</source>
        <translation>&amp;Buscar registros…</translation>
    </message>
    <message>
        <source>Sen&amp;d records to…</source>
        <translation>&amp;Enviar registros para…</translation>
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
        <translation>Lotes do ClearLine (*.clbundle)</translation>
    </message>
    <message>
        <source>Contact saved to your log.</source>
        <translation>Contato salvo no seu registro de contatos.</translation>
    </message>
    <message>
        <source>Trip disclosure</source>
        <translation>Divulgação do número para uma viagem</translation>
    </message>
    <message>
        <source>The request was sent, but could not be linked to the trip: %1</source>
        <translation>A solicitação foi enviada, mas não foi possível vinculá-la à viagem: %1</translation>
    </message>
    <message>
        <source>Forward a copy</source>
        <translation>Encaminhar uma cópia</translation>
    </message>
    <message>
        <source>Have you forwarded a copy of this message to your district account?</source>
        <translation>Você encaminhou uma cópia desta mensagem para a sua conta do distrito?</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Notificação feita</translation>
    </message>
    <message>
        <source>You reported the concern now. To whom (names or agency)?</source>
        <translation>Você fez a notificação agora. A quem (nomes ou órgão)?</translation>
    </message>
    <message>
        <source>Signed: the duty is marked done in your records.</source>
        <translation>Assinado: a tarefa está marcada como feita nos seus registros.</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marcar como feito</translation>
    </message>
    <message>
        <source>You did this now. A few words on what you did (optional):</source>
        <translation>Você fez isso agora. Algumas palavras sobre o que fez (opcional):</translation>
    </message>
</context>
<context>
    <name>clearline::ui::MemoDialog</name>
    <message>
        <source>&amp;File memo</source>
        <translation>&amp;Arquivar memorando</translation>
    </message>
    <message>
        <source>Memo to file</source>
        <translation>Memorando para arquivo</translation>
    </message>
    <message>
        <source>Memo title</source>
        <translation>Título do memorando</translation>
    </message>
    <message>
        <source>For example: Call with a parent about Saturday&apos;s bus</source>
        <translation>Por exemplo: Ligação com um responsável sobre o ônibus de sábado</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>When it was, who it was with (initials are enough), the channel, and what was said.</source>
        <translation>Quando foi, com quem (as iniciais bastam), por qual meio e o que foi dito.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Arquivos anexados</translation>
    </message>
    <message>
        <source>Memo status</source>
        <translation>Status do memorando</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>A&amp;nexar um arquivo…</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Descartar rascunho</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;O que aconteceu:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Arquivos:</translation>
    </message>
    <message>
        <source>What you type is kept as a draft until you file it.</source>
        <translation>O que você digitar fica guardado como rascunho até você arquivá-lo.</translation>
    </message>
    <message>
        <source>This is your draft from before. File it when it is ready.</source>
        <translation>Este é o seu rascunho de antes. Arquive-o quando estiver pronto.</translation>
    </message>
    <message>
        <source>Your draft could not be kept: %1</source>
        <translation>Não foi possível guardar seu rascunho: %1</translation>
    </message>
    <message>
        <source>Draft kept.</source>
        <translation>Rascunho guardado.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Anexar um arquivo</translation>
    </message>
    <message>
        <source>The memo was not filed.</source>
        <translation>O memorando não foi arquivado.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::MemoList</name>
    <message>
        <source>You have not written any memos yet.</source>
        <translation>Você ainda não escreveu nenhum memorando.</translation>
    </message>
    <message>
        <source>Your memos</source>
        <translation>Seus memorandos</translation>
    </message>
    <message>
        <source>Draft, not filed yet: %1</source>
        <translation>Rascunho, ainda não arquivado: %1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>%1, filed %2</source>
        <translation>%1, arquivado em %2</translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation> (corrigido)</translation>
    </message>
</context>
<context>
    <name>clearline::ui::NewDisclosureDialog</name>
    <message>
        <source>The school &amp;sponsors it</source>
        <translation>A &amp;escola patrocina</translation>
    </message>
    <message>
        <source>Share my number for a trip</source>
        <translation>Compartilhar meu número para uma viagem</translation>
    </message>
    <message>
        <source>Such as: Varsity soccer at Andover</source>
        <translation>Por exemplo: Futebol do time principal em Andover</translation>
    </message>
    <message>
        <source>Such as: 978-555-0142</source>
        <translation>Por exemplo: 978-555-0142</translation>
    </message>
    <message>
        <source>My personal cell phone</source>
        <translation>Meu celular pessoal</translation>
    </message>
    <message>
        <source>My home phone</source>
        <translation>O telefone da minha casa</translation>
    </message>
    <message>
        <source>What your district&apos;s policy says</source>
        <translation>O que diz a política do seu distrito</translation>
    </message>
    <message>
        <source>&amp;Trip or event:</source>
        <translation>&amp;Viagem ou evento:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Primeiro dia:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo dia:</translation>
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
        <translation>&amp;Número de alunos:</translation>
    </message>
    <message>
        <source>G&amp;rades:</source>
        <translation>&amp;Séries:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>Número de &amp;telefone:</translation>
    </message>
    <message>
        <source>&amp;Kind of number:</source>
        <translation>T&amp;ipo de número:</translation>
    </message>
    <message>
        <source>Shared &amp;with:</source>
        <translation>Compartilhado &amp;com:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your district&apos;s policy does not allow this.&lt;/b&gt;</source>
        <translation>&lt;b&gt;A política do seu distrito não permite isto.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Instead:</source>
        <translation>Em vez disso:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ask first.&lt;/b&gt; Your district asks for approval before you give out this number: once you save, ask for it with &quot;%1&quot;.</source>
        <translation>&lt;b&gt;Peça autorização antes.&lt;/b&gt; O seu distrito pede aprovação antes de você dar este número: depois de salvar, solicite com &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your district discourages this.&lt;/b&gt; You may go ahead once you confirm the limited purpose; it is logged.</source>
        <translation>&lt;b&gt;O seu distrito desaconselha isto.&lt;/b&gt; Você pode continuar depois de confirmar a finalidade limitada; isso fica registrado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your district&apos;s policy allows this.&lt;/b&gt; It is logged with your records.</source>
        <translation>&lt;b&gt;A política do seu distrito permite isto.&lt;/b&gt; Fica guardado junto com os seus registros.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::NoticeDialog</name>
    <message>
        <source>&amp;Record as handed out</source>
        <translation>&amp;Registrar como entregue</translation>
    </message>
    <message>
        <source>Notice to hand out</source>
        <translation>Aviso a entregar</translation>
    </message>
    <message>
        <source>Which notice</source>
        <translation>Qual aviso</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>Idioma do aviso</translation>
    </message>
    <message>
        <source>The notice&apos;s text</source>
        <translation>O texto do aviso</translation>
    </message>
    <message>
        <source>Such as: the parents of Room 12, by e-mail</source>
        <translation>Por exemplo: os pais da sala 12, por e-mail</translation>
    </message>
    <message>
        <source>Handed out to</source>
        <translation>Entregue a</translation>
    </message>
    <message>
        <source>When it was handed out</source>
        <translation>Quando foi entregue</translation>
    </message>
    <message>
        <source>&amp;Copy the text</source>
        <translation>&amp;Copiar o texto</translation>
    </message>
    <message>
        <source>Copy the notice&apos;s text</source>
        <translation>Copiar o texto do aviso</translation>
    </message>
    <message>
        <source>Record that the notice was handed out</source>
        <translation>Registrar que o aviso foi entregue</translation>
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
        <translation>E&amp;ntregue a:</translation>
    </message>
    <message>
        <source>Your district&apos;s policy asks for no notice with this request.</source>
        <translation>A política do seu distrito não pede nenhum aviso com esta solicitação.</translation>
    </message>
    <message>
        <source>Handed out to %1 on %2.</source>
        <translation>Entregue a %1 em %2.</translation>
    </message>
    <message>
        <source>Not handed out yet.</source>
        <translation>Ainda não foi entregue.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::PackEditor</name>
    <message>
        <source>%1 approves</source>
        <translation>%1 aprova</translation>
    </message>
    <message>
        <source>%1 is notified</source>
        <translation>%1 recebe um aviso</translation>
    </message>
    <message>
        <source>%1 acknowledges</source>
        <translation>%1 confirma o recebimento</translation>
    </message>
    <message>
        <source>, before “%1”</source>
        <translation>, antes de “%1”</translation>
    </message>
    <message numerus="yes">
        <source>, within %n day(s)</source>
        <translation>
            <numerusform>, em até %n dia</numerusform>
            <numerusform>, em até %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy pack editor</source>
        <translation>Editor de pacotes de política</translation>
    </message>
    <message>
        <source>Pack text</source>
        <translation>Texto do pacote</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>Preview of the procedures</source>
        <translation>Prévia dos procedimentos</translation>
    </message>
    <message>
        <source>Pack status</source>
        <translation>Status do pacote</translation>
    </message>
    <message>
        <source>Preview for staff</source>
        <translation>Prévia para a equipe</translation>
    </message>
    <message>
        <source>ClearLine could not open %1.</source>
        <translation>O ClearLine não conseguiu abrir %1.</translation>
    </message>
    <message>
        <source>ClearLine could not save %1. Save it under another name.</source>
        <translation>O ClearLine não conseguiu salvar %1. Salve-o com outro nome.</translation>
    </message>
    <message>
        <source>%1 — Policy pack editor</source>
        <translation>%1 — Editor de pacotes de política</translation>
    </message>
    <message>
        <source>pack.yaml</source>
        <translation>pack.yaml</translation>
    </message>
    <message>
        <source>Valid: %1, %2 clauses, %3 rules, %4 procedures. Not signed (draft).</source>
        <translation>Válido: %1, %2 cláusulas, %3 regras, %4 procedimentos. Não assinado (rascunho).</translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s): the pack would be refused. Double-click one to go to it.</source>
        <translation>
            <numerusform>%n erro: o pacote seria recusado. Clique duas vezes nele para ir até a linha dele.</numerusform>
            <numerusform>%n erros: o pacote seria recusado. Clique duas vezes em um deles para ir até a linha dele.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Informações pedidas</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (obrigatório)</translation>
    </message>
    <message>
        <source>The person confirms</source>
        <translation>A pessoa confirma</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>, and at the same time </source>
        <translation>, e ao mesmo tempo </translation>
    </message>
    <message>
        <source>Kept as a record; nobody needs to approve it.</source>
        <translation>Fica guardado como registro; ninguém precisa aprová-lo.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <source>Save the policy pack</source>
        <translation>Salvar o pacote de política</translation>
    </message>
    <message>
        <source>Policy packs (pack.yaml *.yaml)</source>
        <translation>Pacotes de política (pack.yaml *.yaml)</translation>
    </message>
    <message>
        <source>Policy pack</source>
        <translation>Pacote de política</translation>
    </message>
    <message>
        <source>Saved; sign it again before staff use it.</source>
        <translation>Salvo; assine-o de novo antes que a equipe o use.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::PassphrasePrompt</name>
    <message>
        <source>Your passphrase</source>
        <translation>Sua frase secreta</translation>
    </message>
    <message>
        <source>This computer has no key store, so your signing key will be kept in a file protected by a passphrase.
Choose a passphrase of at least 8 characters that you will remember:</source>
        <translation>Este computador não tem um chaveiro, então sua chave de assinatura será guardada em um arquivo protegido por uma frase secreta.
Escolha uma frase secreta de pelo menos 8 caracteres da qual você vá se lembrar:</translation>
    </message>
    <message>
        <source>Type the same passphrase again:</source>
        <translation>Digite a mesma frase secreta de novo:</translation>
    </message>
    <message>
        <source>The two passphrases were not the same. Try again.</source>
        <translation>As duas frases secretas não são iguais. Tente de novo.</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects your signing key:</source>
        <translation>Digite a frase secreta que protege sua chave de assinatura:</translation>
    </message>
    <message>
        <source>That passphrase was not right. Try again:</source>
        <translation>Essa frase secreta não está correta. Tente de novo:</translation>
    </message>
</context>
<context>
    <name>clearline::ui::PolicyViewer</name>
    <message>
        <source>District policy</source>
        <translation>Política do distrito</translation>
    </message>
    <message>
        <source>Search the policy</source>
        <translation>Pesquisar na política</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Atenção</translation>
    </message>
</context>
<context>
    <name>clearline::ui::ProfileDialog</name>
    <message>
        <source>Check my records again</source>
        <translation>Verificar meus registros de novo</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Seu perfil</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Funções:</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>nenhuma informada</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Impressão digital da chave</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Impressão digital da chave:</translation>
    </message>
    <message>
        <source>Your key is kept:</source>
        <translation>Sua chave fica guardada:</translation>
    </message>
    <message>
        <source>in this computer&apos;s key store</source>
        <translation>no chaveiro deste computador</translation>
    </message>
    <message>
        <source>in your profile folder, protected by your passphrase</source>
        <translation>na pasta do seu perfil, protegida pela sua frase secreta</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuso horário:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>Records check</source>
        <translation>Verificação dos registros</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>Your records are not open.</source>
        <translation>Seus registros não estão abertos.</translation>
    </message>
    <message>
        <source>Checking every signature…</source>
        <translation>Verificando cada assinatura…</translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) check out: every signature and link is intact.</source>
        <translation>
            <numerusform>%n registro conferido: a assinatura e os elos estão intactos.</numerusform>
            <numerusform>Todos os %n registros conferidos: todas as assinaturas e todos os elos estão intactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something is wrong with your records: %1%2. Ask your IT staff to look at them before you file more.</source>
        <translation>Algo está errado nos seus registros: %1%2. Peça à equipe de TI para verificá-los antes de arquivar mais.</translation>
    </message>
    <message>
        <source>revision %1: </source>
        <translation>versão %1: </translation>
    </message>
    <message>
        <source>You have no records yet.</source>
        <translation>Você ainda não tem registros.</translation>
    </message>
    <message numerus="yes">
        <source>The latest good backup was made %1: %2. ClearLine makes one each day you work and keeps %n day(s) of them.</source>
        <translation>
            <numerusform>A última cópia de segurança em bom estado foi feita %1: %2. O ClearLine faz uma a cada dia em que você trabalha e guarda %n dia delas.</numerusform>
            <numerusform>A última cópia de segurança em bom estado foi feita %1: %2. O ClearLine faz uma a cada dia em que você trabalha e guarda %n dias delas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No backup yet. ClearLine makes one each day you work, once you have records, and keeps %n day(s) of them.</source>
        <translation>
            <numerusform>Ainda não há cópias de segurança. O ClearLine faz uma a cada dia em que você trabalha, quando já há registros, e guarda %n dia delas.</numerusform>
            <numerusform>Ainda não há cópias de segurança. O ClearLine faz uma a cada dia em que você trabalha, quando já há registros, e guarda %n dias delas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest backup</source>
        <translation>Última cópia de segurança</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Cópias de segurança:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Chave pública</translation>
    </message>
    <message>
        <source>Copy public &amp;key</source>
        <translation>Copiar a chave &amp;pública</translation>
    </message>
    <message>
        <source>District IT needs it to confirm you in a role; anyone may see it.</source>
        <translation>A TI do distrito precisa dela para confirmar você em uma função; qualquer pessoa pode vê-la.</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Chave pública:</translation>
    </message>
</context>
<context>
    <name>clearline::ui::ProfileSession</name>
    <message>
        <source>Your records are not open, so nothing can be saved.</source>
        <translation>Seus registros não estão abertos, então nada pode ser salvo.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::RecordInspector</name>
    <message>
        <source>Record and its history</source>
        <translation>Registro e seu histórico</translation>
    </message>
    <message>
        <source>Signed data</source>
        <translation>Dados assinados</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corrigir…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>%1: signed with key %2</source>
        <translation>%1: assinado com a chave %2</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Motivo informado: %1</translation>
    </message>
    <message>
        <source>Withdraw the request</source>
        <translation>Retirar a solicitação</translation>
    </message>
    <message>
        <source>Why do you withdraw it? The request stays in your records, marked as withdrawn.</source>
        <translation>Por que você quer retirá-la? A solicitação continua nos seus registros, marcada como retirada.</translation>
    </message>
    <message>
        <source>Say why, so that the record explains it.</source>
        <translation>Informe o motivo, para que o registro o explique.</translation>
    </message>
    <message>
        <source>&amp;Notice…</source>
        <translation>&amp;Aviso…</translation>
    </message>
    <message>
        <source>The notice to hand out</source>
        <translation>O aviso a entregar</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>Retenção &amp;legal…</translation>
    </message>
    <message>
        <source>On legal hold: %1</source>
        <translation>Em retenção legal: %1</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Guarda</translation>
    </message>
    <message>
        <source>Release legal &amp;hold…</source>
        <translation>Liberar retenção &amp;legal…</translation>
    </message>
    <message>
        <source>Release the legal hold on this record</source>
        <translation>Liberar a retenção legal deste registro</translation>
    </message>
    <message>
        <source>Place a legal hold on this record</source>
        <translation>Colocar uma retenção legal sobre este registro</translation>
    </message>
    <message>
        <source>Release the legal hold</source>
        <translation>Liberar a retenção legal</translation>
    </message>
    <message>
        <source>Release the legal hold? The record can then come due again.</source>
        <translation>Liberar a retenção legal? O registro poderá vencer novamente.</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Retenção legal</translation>
    </message>
    <message>
        <source>Why must this record be kept (a lawsuit, a public-records request …)? The reason is signed with the hold.</source>
        <translation>Por que este registro deve ser guardado (um processo judicial, um pedido de registros públicos …)? O motivo é assinado com a retenção.</translation>
    </message>
    <message>
        <source>Who can see this</source>
        <translation>Quem pode ver isto</translation>
    </message>
</context>
<context>
    <name>clearline::ui::RecordPageModel</name>
    <message>
        <source>Every revision matches its hash and carries a valid signature by a trusted key.</source>
        <translation>Cada versão corresponde ao seu hash e tem uma assinatura válida de uma chave confiável.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NÃO verificado</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última alteração</translation>
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
        <translation>Escola</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Aluno</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Verified; does NOT count</source>
        <translation>Verificado; NÃO conta</translation>
    </message>
    <message>
        <source>NOT verified; does NOT count</source>
        <translation>NÃO verificado; NÃO conta</translation>
    </message>
</context>
<context>
    <name>clearline::ui::RecordSummary</name>
    <message>
        <source>Attached: %1 (%2)</source>
        <translation>Anexo: %1 (%2)</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rota</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memorando</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Acknowledgment</source>
        <translation>Confirmação de leitura</translation>
    </message>
    <message>
        <source>Duty done</source>
        <translation>Tarefa feita</translation>
    </message>
</context>
<context>
    <name>clearline::ui::RecordsWindow</name>
    <message>
        <source>any day</source>
        <translation>qualquer dia</translation>
    </message>
    <message>
        <source>Find records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <source>Words to find in any record (empty: all records)</source>
        <translation>Palavras a procurar em qualquer registro (vazio: todos os registros)</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Palavras da pesquisa</translation>
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
        <translation>Salvar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>This profile has no records yet.</source>
        <translation>Este perfil ainda não tem registros.</translation>
    </message>
    <message>
        <source>name or e-mail</source>
        <translation>nome ou e-mail</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <source>initials or id</source>
        <translation>iniciais ou número</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Aluno</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escola</translation>
    </message>
    <message>
        <source>Any school</source>
        <translation>Qualquer escola</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation>Alterado desde</translation>
    </message>
    <message>
        <source>Changed until</source>
        <translation>Alterado até</translation>
    </message>
    <message>
        <source>&amp;Written by:</source>
        <translation>&amp;Escrito por:</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>A&amp;luno:</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>Esc&amp;ola:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Qualquer tipo</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No records match.</source>
        <translation>Nenhum registro corresponde.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) match.</source>
        <translation>
            <numerusform>%Ln registro corresponde.</numerusform>
            <numerusform>%Ln registros correspondem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Gravando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln record(s) to %1.</source>
        <translation>
            <numerusform>%Ln registro gravado em %1.</numerusform>
            <numerusform>%Ln registros gravados em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of them are NOT verified: see the verification column.</source>
        <translation>%1 deles NÃO estão verificados: veja a coluna de verificação.</translation>
    </message>
    <message>
        <source>Making the paper copy…</source>
        <translation>Preparando a cópia em papel…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 foi salvo.</translation>
    </message>
    <message>
        <source>Export the records as CSV</source>
        <translation>Exportar os registros como CSV</translation>
    </message>
    <message>
        <source>records.csv</source>
        <translation>registros.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the records as PDF</source>
        <translation>Salvar os registros como PDF</translation>
    </message>
    <message>
        <source>records.pdf</source>
        <translation>registros.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Retention due…</source>
        <translation>Gua&amp;rda vencida…</translation>
    </message>
    <message>
        <source>Records whose retention period has ended</source>
        <translation>Registros cujo prazo de guarda terminou</translation>
    </message>
    <message>
        <source>Only records you may see are included.</source>
        <translation>Só estão incluídos os registros que você pode ver.</translation>
    </message>
    <message>
        <source>The paper copy is too long for one PDF file, so it was saved in %1 parts: %2.</source>
        <translation>A cópia em papel é longa demais para um só arquivo PDF, então foi salva em %1 partes: %2.</translation>
    </message>
    <message>
        <source>Making part %1 of %2 of the paper copy…</source>
        <translation>Fazendo a parte %1 de %2 da cópia em papel…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Impri&amp;mir…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
    <message>
        <source>Sent to the printer in %1 parts.</source>
        <translation>Enviado para a impressora em %1 partes.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimindo…</translation>
    </message>
    <message>
        <source>Printing part %1 of %2…</source>
        <translation>Imprimindo a parte %1 de %2…</translation>
    </message>
    <message>
        <source>ClearLine could not lay out the paper copy, so nothing was printed. Narrow the search, or export CSV.</source>
        <translation>O ClearLine não conseguiu montar a cópia em papel, então nada foi impresso. Restrinja a busca ou exporte CSV.</translation>
    </message>
    <message>
        <source>The printer did not take the records. Check that it is on and connected, and try again.</source>
        <translation>A impressora não aceitou os registros. Verifique se ela está ligada e conectada e tente de novo.</translation>
    </message>
    <message>
        <source>ClearLine records</source>
        <translation>Registros do ClearLine</translation>
    </message>
    <message>
        <source>Print the records</source>
        <translation>Imprimir os registros</translation>
    </message>
</context>
<context>
    <name>clearline::ui::RequestList</name>
    <message>
        <source>You have no requests yet. Choose what you want to do above.</source>
        <translation>Você ainda não tem solicitações. Escolha acima o que você quer fazer.</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Suas solicitações</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>O que acontece depois</translation>
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
        <translation>Da sua política: %1</translation>
    </message>
    <message>
        <source>Open your policy at §%1 %2</source>
        <translation>Abrir a sua política em §%1 %2</translation>
    </message>
    <message>
        <source>Policy clause %1: %2</source>
        <translation>Cláusula %1 da política: %2</translation>
    </message>
    <message>
        <source>Correct: %1</source>
        <translation>Corrigir: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close and keep draft</source>
        <translation>Fechar e guardar o rascunho</translation>
    </message>
    <message>
        <source>&amp;Sign and send correction</source>
        <translation>&amp;Assinar e enviar a correção</translation>
    </message>
    <message>
        <source>&amp;Sign and send</source>
        <translation>&amp;Assinar e enviar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Your answers could not be kept as a draft: %1</source>
        <translation>Não foi possível guardar suas respostas como rascunho: %1</translation>
    </message>
</context>
<context>
    <name>clearline::ui::RetentionDueDialog</name>
    <message>
        <source>Retention due</source>
        <translation>Guarda vencida</translation>
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
        <translation>Guarda</translation>
    </message>
    <message>
        <source>Records whose retention period has ended</source>
        <translation>Registros cujo prazo de guarda terminou</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>Retenção &amp;legal…</translation>
    </message>
    <message>
        <source>Place a legal hold on the selected record</source>
        <translation>Colocar uma retenção legal sobre o registro selecionado</translation>
    </message>
    <message>
        <source>ClearLine deletes nothing. Decide about each record as your district&apos;s records schedule says, or keep it with a legal hold.</source>
        <translation>O ClearLine não apaga nada. Decida sobre cada registro conforme a tabela de temporalidade do seu distrito, ou guarde-o com uma retenção legal.</translation>
    </message>
    <message>
        <source>No district policy is in use, so no record has a retention period.</source>
        <translation>Nenhuma política de distrito está em uso, então nenhum registro tem prazo de guarda.</translation>
    </message>
    <message numerus="yes">
        <source>Records whose retention period has ended by %1: %n record(s)</source>
        <translation>
            <numerusform>Registros cujo prazo de guarda terminou em %1: %n registro</numerusform>
            <numerusform>Registros cujo prazo de guarda terminou em %1: %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a record to hold.</source>
        <translation>Escolha um registro para reter.</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Retenção legal</translation>
    </message>
    <message>
        <source>Why must this record be kept (a lawsuit, a public-records request …)? The reason is signed with the hold.</source>
        <translation>Por que este registro deve ser guardado (um processo judicial, um pedido de registros públicos …)? O motivo é assinado com a retenção.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::ReviewPage</name>
    <message>
        <source>Check and send</source>
        <translation>Revisar e enviar</translation>
    </message>
    <message>
        <source>When you send it, ClearLine signs the request with your key and keeps it in your records. After that it can be corrected or withdrawn, never erased.</source>
        <translation>Quando você enviar, o ClearLine assina a solicitação com a sua chave e a guarda nos seus registros. Depois disso, ela pode ser corrigida ou retirada, mas nunca apagada.</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>Sua solicitação</translation>
    </message>
    <message>
        <source>&amp;Why are you correcting it?</source>
        <translation>&amp;Por que você está corrigindo?</translation>
    </message>
    <message>
        <source>Why are you correcting it?</source>
        <translation>Por que você está corrigindo?</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(não informado)</translation>
    </message>
    <message numerus="yes">
        <source>You confirmed all %n statement(s) of the checklist.</source>
        <translation>
            <numerusform>Você confirmou %n declaração da lista de verificação.</numerusform>
            <numerusform>Você confirmou as %n declarações da lista de verificação.</numerusform>
        </translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>O que acontece depois</translation>
    </message>
    <message>
        <source>Nobody needs to approve this: it is kept as your record.</source>
        <translation>Ninguém precisa aprovar isto: fica guardado como registro seu.</translation>
    </message>
    <message>
        <source>and at the same time, </source>
        <translation>e ao mesmo tempo, </translation>
    </message>
</context>
<context>
    <name>clearline::ui::ReviewWorkspace</name>
    <message>
        <source>Overdue: before %1</source>
        <translation>Atrasada: antes de %1</translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>Antes de %1</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprovar</translation>
    </message>
    <message>
        <source>Re&amp;turn for changes</source>
        <translation>Devolver para al&amp;terações</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Negar</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Salvar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Review requests</source>
        <translation>Revisar solicitações</translation>
    </message>
    <message>
        <source>&amp;Waiting for you</source>
        <translation>Aguardando &amp;você</translation>
    </message>
    <message>
        <source>&amp;Building overview</source>
        <translation>Visão &amp;geral da escola</translation>
    </message>
    <message>
        <source>De&amp;signees</source>
        <translation>Pe&amp;ssoas designadas</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>&amp;Escola:</translation>
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
        <translation>Tudo</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>Para decidir</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>For your information</source>
        <translation>Para sua informação</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escola</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Aguardando você</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>A solicitação</translation>
    </message>
    <message>
        <source>Your comment to the person who asked (needed to deny or return)</source>
        <translation>Seu comentário para a pessoa que fez a solicitação (necessário para negar ou devolver)</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Seu comentário</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Sign your approval (Ctrl+Return)</source>
        <translation>Assinar a sua aprovação (Ctrl+Return)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Todas as escolas</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todas as pessoas</translation>
    </message>
    <message>
        <source>For your information: %1</source>
        <translation>Para sua informação: %1</translation>
    </message>
    <message>
        <source> (for %1)</source>
        <translation> (em nome de %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Nada aguarda você.</translation>
    </message>
    <message numerus="yes">
        <source>%n to decide</source>
        <translation>
            <numerusform>%n para decidir</numerusform>
            <numerusform>%n para decidir</numerusform>
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
            <numerusform>, %n para sua informação</numerusform>
            <numerusform>, %n para sua informação</numerusform>
        </translation>
    </message>
    <message>
        <source> (filtered: %1 in all)</source>
        <translation> (com filtro: %1 no total)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing is selected. What waits for you appears on the left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nada está selecionado. O que aguarda você aparece à esquerda.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Marcar como &amp;lida</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Confirmar recebimento</translation>
    </message>
    <message>
        <source>You %1 &quot;%2&quot;; your signature is on it.</source>
        <translation>&quot;%2&quot;: %1 por você; tem a sua assinatura.</translation>
    </message>
    <message>
        <source>Save the request as PDF</source>
        <translation>Salvar a solicitação como PDF</translation>
    </message>
    <message>
        <source>%1.pdf</source>
        <translation>%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 foi salvo.</translation>
    </message>
    <message>
        <source>ClearLine could not save %1.</source>
        <translation>O ClearLine não conseguiu salvar %1.</translation>
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
        <translation>Enviar registros para…</translation>
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
        <translation>Salvar os registros a enviar</translation>
    </message>
    <message>
        <source>ClearLine bundles (*.clbundle)</source>
        <translation>Lotes do ClearLine (*.clbundle)</translation>
    </message>
    <message>
        <source>Your e-mail program could not attach it by itself: attach this file to a message to them from the folder that just opened.</source>
        <translation>O seu programa de e-mail não conseguiu anexá-lo sozinho: anexe este arquivo a uma mensagem para a pessoa a partir da pasta que acabou de abrir.</translation>
    </message>
    <message>
        <source>Saved %1: %2.</source>
        <translation>%1 foi salvo: %2.</translation>
    </message>
    <message>
        <source>ClearLine records from %1</source>
        <translation>Registros do ClearLine de %1</translation>
    </message>
    <message>
        <source>A full backup for yourself (everything on this computer)</source>
        <translation>Um backup completo para você (tudo o que há neste computador)</translation>
    </message>
    <message>
        <source>ClearLine puts what this person may see and does not have yet in one signed file, then opens your e-mail program with it attached. They open it in ClearLine with File › Import records.</source>
        <translation>O ClearLine coloca num arquivo assinado o que esta pessoa pode ver e ainda não tem, e abre seu programa de e-mail com o arquivo anexado. A pessoa o abre no ClearLine com Arquivo › Importar registros.</translation>
    </message>
    <message>
        <source>Send &amp;again what they already have</source>
        <translation>Enviar de &amp;novo o que a pessoa já tem</translation>
    </message>
    <message>
        <source>For someone who may now see more than before, such as a new designee: everything they may see goes in, also what they were sent before.</source>
        <translation>Para quem agora pode ver mais do que antes, como um novo designado: entra tudo o que a pessoa pode ver, também o que já lhe foi enviado.</translation>
    </message>
    <message>
        <source>Saved %1: a full backup of everything this profile holds, records about students included. Only you can open it, with your key. Keep it safe, and send it to nobody.</source>
        <translation>Salvo %1: um backup completo de tudo o que este perfil guarda, incluindo os registros sobre alunos. Só você pode abri-lo, com a sua chave. Guarde-o em lugar seguro e não o envie a ninguém.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::SettingsDialog</name>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Igual ao sistema (%1)</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configurações não salvas</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Escolher a pasta compartilhada</translation>
    </message>
    <message>
        <source>Your district&apos;s IT staff set this for everyone on this computer.</source>
        <translation>A equipe de TI do seu distrito definiu isto para todos neste computador.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::SetupDialog</name>
    <message>
        <source>Create my profile</source>
        <translation>Criar meu perfil</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Digite seu nome.</translation>
    </message>
    <message>
        <source>Type your district e-mail address, like name@yourdistrict.org.</source>
        <translation>Digite seu endereço de e-mail do distrito, como nome@seudistrito.org.</translation>
    </message>
    <message>
        <source>Choose your district</source>
        <translation>Escolha o seu distrito</translation>
    </message>
    <message>
        <source>Choose your district.</source>
        <translation>Escolha o seu distrito.</translation>
    </message>
    <message>
        <source>Several schools, or the district office</source>
        <translation>Várias escolas, ou a secretaria do distrito</translation>
    </message>
    <message>
        <source>Staff (teacher, coach, advisor, volunteer…)</source>
        <translation>Equipe (professor, treinador, orientador, voluntário…)</translation>
    </message>
    <message>
        <source>Use a pack file from your district…</source>
        <translation>Usar um arquivo de pacote do seu distrito…</translation>
    </message>
    <message>
        <source>Your district&apos;s policy pack</source>
        <translation>Pacote de política do seu distrito</translation>
    </message>
    <message>
        <source>Policy packs (pack.yaml *.yaml)</source>
        <translation>Pacotes de política (pack.yaml *.yaml)</translation>
    </message>
    <message>
        <source>Policy pack</source>
        <translation>Pacote de política</translation>
    </message>
    <message>
        <source>This pack is %1, so ClearLine cannot use it. Ask your district&apos;s IT staff for the signed pack (pack.yaml with its pack.yaml.sig).</source>
        <translation>O ClearLine não pode usar este pacote (%1). Peça o pacote assinado à equipe de TI do seu distrito (pack.yaml com o seu pack.yaml.sig).</translation>
    </message>
    <message>
        <source>This pack could not be read: %1</source>
        <translation>Não foi possível ler este pacote: %1</translation>
    </message>
    <message>
        <source>%1 (signed by key %2)</source>
        <translation>%1 (assinado com a chave %2)</translation>
    </message>
    <message>
        <source>Your district&apos;s IT staff chose this for everyone on this computer.</source>
        <translation>A equipe de TI do seu distrito escolheu isto para todos neste computador.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::SheetPrinter</name>
    <message>
        <source>Making the PDF took more than a minute, so ClearLine stopped.</source>
        <translation>A criação do PDF levou mais de um minuto, então o ClearLine parou.</translation>
    </message>
    <message>
        <source>ClearLine could not lay out the paper copy for %1 (the page is too large for its web engine), so no file was written. Narrow the search, or export CSV.</source>
        <translation>O ClearLine não conseguiu montar a cópia em papel para %1 (a página é grande demais para seu mecanismo web), então nenhum arquivo foi gravado. Restrinja a busca ou exporte CSV.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation>Não foi possível gravar o PDF em %1. Verifique se a pasta existe, se você pode gravar nela e se o disco não está cheio.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::TaskCard</name>
    <message>
        <source>Not available yet: this comes in a later version of ClearLine.</source>
        <translation>Ainda não disponível: virá em uma versão futura do ClearLine.</translation>
    </message>
    <message>
        <source>Press Enter or click to start</source>
        <translation>Pressione Enter ou clique para começar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ClearLine cannot start</source>
        <translation>O ClearLine não pode ser iniciado</translation>
    </message>
    <message>
        <source>Your profile is ready</source>
        <translation>Seu perfil está pronto</translation>
    </message>
    <message>
        <source>ClearLine made your signing key. Its fingerprint is

%1

The people who approve your requests, or district IT, may ask you for it, to be sure that requests signed with it are yours. You can see it again under File, Your profile.</source>
        <translation>O ClearLine criou sua chave de assinatura. A impressão digital dela é

%1

As pessoas que aprovam suas solicitações, ou a equipe de TI do distrito, podem pedi-la a você para ter certeza de que as solicitações assinadas com ela são suas. Você pode vê-la de novo em Arquivo, Seu perfil.</translation>
    </message>
    <message>
        <source>clearline: a PDF cannot be made as the administrator (root). Run the command as yourself, or make a CSV with --format csv.</source>
        <translation>clearline: não é possível criar um PDF como administrador (root). Execute o comando com o seu próprio usuário ou crie um CSV com --format csv.</translation>
    </message>
</context>
</TS>
