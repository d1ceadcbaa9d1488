/**
 * Cymraeg: every public string of the service in Welsh, by the same keys as the English (page
 * strings in catalogue/en.ts with a note each; form strings from the definitions, keyed as
 * form-strings.ts explains). This one file is what a translator receives and returns; see
 * docs/languages.md. A Welsh speaker must review it before a Welsh public body goes live.
 *
 * errorName keys are lower case and follow "Rhowch", "Dewiswch" or "Rhaid i" in messages
 * (see messages.ts), so they carry any mutation those words cause ("god post", "ddisgrifiad").
 */
export const cy: Readonly<Record<string, string>> = {
  // Page strings (English and notes in catalogue/en.ts).
  'page.skipLink': 'Neidio i’r prif gynnwys',
  'page.errorPrefix': 'Gwall: ',
  'page.exitThisPage': 'Gadael y dudalen hon',
  'page.exitHidden': 'Argyfwng',
  'page.supportLinks': 'Dolenni cymorth',
  'page.footer.about': 'Beth yw cyfiawnder adferol?',
  'page.footer.onlineSafety': 'Cadw’n ddiogel ar-lein',
  'page.footer.privacy': 'Hysbysiad preifatrwydd',
  'page.footer.accessibility': 'Datganiad hygyrchedd',
  'page.footer.runBy':
    '{organisation} sy’n rhedeg {service}. Ffoniwch {phone} ({hours}) neu anfonwch e-bost i',
  'page.languageSwitch': 'Dewis iaith',
  'exit.activated': 'Wrthi’n llwytho.',
  'exit.timedOut': 'Mae’r opsiwn i adael y dudalen hon wedi dod i ben.',
  'exit.pressTwoMoreTimes': 'Shift, pwyswch 2 waith eto i adael.',
  'exit.pressOneMoreTime': 'Shift, pwyswch 1 waith eto i adael.',
  'page.goToStart': 'Mynd i ddechrau {service}',
  'serviceProblem.title': 'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth',
  'api.serverProblem':
    'Rhowch gynnig arall arni yn nes ymlaen. Os oeddech yn anfon ffurflen, nid yw eich atebion wedi cael eu hanfon.',
  'api.noForm': 'Nid oes ffurflen yn y cyfeiriad hwn',
  'api.onlyMethods': 'Dim ond {methods} y mae’r cyfeiriad hwn yn eu derbyn',
  'api.notJson': 'Nid yw corff y cais yn JSON dilys',
  'api.notObject': 'Rhaid i gorff y cais fod yn wrthrych JSON o atebion',
  'api.wrongType': 'Anfonwch yr atebion fel application/json neu application/x-www-form-urlencoded',
  'api.tooLong':
    'Mae eich atebion yn rhy hir i’w hanfon (y terfyn yw {limit} KB). Byrhewch yr atebion hiraf ac anfonwch y ffurflen eto.',
  'api.crossSite':
    'Cafodd y ffurflen hon ei hanfon o wefan arall, felly nid yw wedi’i hanfon. Defnyddiwch y ffurflen ar ein gwefan.',
  // Slice 22-evidence: evidence files.
  'files.notUploaded': 'Nid oedd modd uwchlwytho’r ffeil a ddewiswyd – rhowch gynnig arall arni',
  'files.empty': 'Mae’r ffeil a ddewiswyd yn wag',
  'files.tooBig': 'Rhaid i’r ffeil a ddewiswyd fod yn llai na {size}MB',
  'files.limits':
    'Rhaid i lun fod yn llai na {photo}MB, PDF yn llai na {document}MB a recordiad sain yn llai na {audio}MB',
  'files.tooBigOrEmpty':
    'Rhaid i’r ffeil a ddewiswyd fod yn llai na {size}MB a rhaid iddi beidio â bod yn wag',
  'files.type': 'Rhaid i’r ffeil a ddewiswyd fod yn JPG, PNG, PDF neu’n recordiad sain',
  'files.attached': 'Ffeiliau wedi’u hatodi: {count}',
  'files.uploading': 'Wrthi’n uwchlwytho {name}',
  'files.uploaded': '{name} wedi’i uwchlwytho',
  'files.remove': 'Dileu',
  'files.tooMany': 'Dim ond hyd at {count} o ffeiliau y gallwch eu hanfon',
  'notice.warning': 'Rhybudd',
  'notice.danger':
    'Os ydych mewn perygl uniongyrchol, ffoniwch {emergency}. I roi gwybod am drosedd nad yw’n argyfwng, ffoniwch {nonEmergency}.',
  'notice.exit':
    'I adael y dudalen hon yn gyflym, dewiswch {exit} neu pwyswch y fysell Shift 3 gwaith. Ni fydd yn clirio hanes eich porwr:',
  'notice.exitLink': 'darllenwch sut i gadw’n ddiogel ar-lein',
  'contact.telephone': 'Ffôn',
  'contact.email': 'E-bost',
  'form.sentOnlyAtEnd':
    'Dim ond pan fyddwch yn dewis {send} ar y diwedd y caiff eich atebion eu hanfon. Nid oes dim yn cael ei gadw cyn hynny.',
  'form.send': 'Anfon',
  'form.continue': 'Parhau',
  'form.sending': 'Wrthi’n anfon',
  'form.tooMany':
    'Mae gormod o geisiadau wedi dod o’ch rhwydwaith. Nid yw eich atebion wedi cael eu hanfon: arhoswch ychydig funudau, yna anfonwch y ffurflen eto.',
  'form.honeypot': 'Gadewch hwn yn wag',
  'form.privacy': 'Darllenwch yr {link} i gael gwybod sut rydym yn defnyddio ac yn diogelu eich gwybodaeth.',
  'form.privacyLink': 'hysbysiad preifatrwydd (yn agor mewn tab newydd)',
  'form.unavailable':
    'Mae’n ddrwg gennym, nid oedd modd anfon eich atebion. Nid oes dim wedi’i golli: rhowch gynnig arall arni ymhen ychydig funudau, neu ffoniwch {phone} ({hours}).',
  'errors.title': 'Mae problem',
  'errors.hidden': 'Gwall',
  'errors.unanswered': 'Atebwch y cwestiwn hwn',
  'check.title': 'Gwiriwch eich atebion cyn anfon',
  'check.pageTitle': 'Gwiriwch eich atebion',
  'check.change': 'Newid',
  'check.notAnswered': 'Heb ei ateb',
  'check.nowSend': 'Nawr anfonwch eich {noun}',
  'check.explain':
    'Gwiriwch fod eich atebion yn gywir. Pan fyddwch yn dewis Anfon, byddant yn mynd i’r tîm ac ni ellir eu newid ar-lein.',
  'confirmation.title': '{noun} wedi’i anfon',
  'confirmation.yourReference': 'Eich cyfeirnod',
  'confirmation.keep':
    'Cadwch y cyfeirnod hwn os yw’n ddiogel gwneud hynny. Gallwch ei ddyfynnu os byddwch yn cysylltu â ni.',
  'confirmation.next': 'Beth sy’n digwydd nesaf',
  'confirmation.contactUs': 'Cysylltu â ni',
  'confirmation.contactIntro':
    'Os oes gennych gwestiwn, neu os ydych am newid neu dynnu’n ôl yr hyn a anfonoch, cysylltwch â {service}:',
  'confirmation.clearHistoryLine':
    'Os oes rhywun arall yn defnyddio’r ddyfais hon, efallai yr hoffech {link}.',
  'confirmation.clearHistory': 'glirio hanes eich porwr',
  'confirmation.notFound': 'Nid yw’r ddolen gadarnhau hon yn gyflawn. Gwiriwch y cyfeirnod a gawsoch.',
  // Slice 21-actions: what a person signed back in at /return/ can do, and the page after (issue 21).
  'returning.notOffered': 'Nid oes dim i’w wneud yn y cyfeiriad hwn',
  'returning.contact.title': 'Newid sut rydym yn cysylltu â chi’n ddiogel',
  'returning.contact.intro':
    'Dywedwch wrthym bob ffordd sy’n ddiogel nawr, gyda’r manylion sydd eu hangen ar gyfer y ffyrdd hynny. Bydd y rhain yn cymryd lle’r hyn a ddywedoch wrthym o’r blaen: o hyn ymlaen bydd y tîm yn defnyddio’r rhain yn unig.',
  'returning.contact.section': 'Sut i gysylltu â chi',
  'returning.withdraw.send': 'Nid wyf eisiau cymryd rhan mwyach',
  'returning.back': 'Mynd yn ôl heb anfon dim',
  'returning.sent.incident': 'Mae eich diweddariad wedi’i anfon',
  'returning.sent.update': 'Mae eich diweddariad wedi’i anfon',
  'returning.sent.contact': 'Mae eich manylion cyswllt newydd wedi’u hanfon',
  'returning.sent.withdrawal': 'Rydym wedi dweud wrth y tîm nad ydych eisiau cymryd rhan mwyach',
  'returning.sent.next':
    'Bydd y tîm yn ei weld gyda’r hyn a anfonoch o’r blaen, a bydd yn cysylltu â chi dim ond yn y ffyrdd y dywedoch eu bod yn ddiogel.',
  // Slice j22 (issue 22 item 1): evidence from the coming-back page.
  'returning.evidence.title': 'Ychwanegu tystiolaeth',
  'returning.evidence.intro':
    'Gallwch anfon llun, recordiad neu PDF, un ffeil ar y tro. Rydym yn tynnu’r lleoliad o luniau cyn i unrhyw un eu gweld.',
  'returning.evidence.label': 'Dewis ffeil',
  'returning.evidence.hint': 'JPG, PNG, PDF neu recordiad sain',
  'returning.evidence.upload': 'Uwchlwytho ffeil',
  'returning.evidence.ready':
    'Mae eich ffeil wedi’i huwchlwytho. Nid yw’n cael ei hanfon nes i chi ei hanfon at y tîm.',
  'returning.evidence.send': 'Ei hanfon at y tîm',
  'returning.evidence.other': 'Dewis ffeil wahanol',
  'returning.sent.evidence': 'Mae eich ffeil wedi’i hanfon',
  'returning.sent.more': 'Mynd yn ôl i’r hyn y gallwch ei wneud',
  'returning.gone.title': 'Mae’n ddrwg gennym, nid oedd modd anfon hwn',
  'returning.gone.text':
    'Nid yw’r hyn a anfonoch o’r blaen yn cael ei gadw mwyach, felly nid oes dim i ychwanegu ato. Nid oes dim wedi’i gadw. Os ydych am ddweud rhywbeth wrthym, cysylltwch â ni:',
  'returning.caseReview.heading': 'Gallwch ofyn am adolygiad achos ymddygiad gwrthgymdeithasol',
  'returning.caseReview.text':
    'Rydych wedi dweud wrthym am ymddygiad gwrthgymdeithasol fwy nag unwaith mewn chwe mis. Os ydych yn teimlo nad yw wedi cael sylw, gallwch ofyn am adolygiad achos ymddygiad gwrthgymdeithasol (a elwir weithiau’n Sbardun Cymunedol). Bydd y cyngor, yr heddlu a gwasanaethau eraill wedyn yn edrych gyda’i gilydd ar yr hyn sydd wedi’i wneud, ac yn cytuno beth ddylai ddigwydd nesaf.',
  'returning.caseReview.linkText': 'Darganfod sut i ofyn am adolygiad achos',

  // The person's confirmation email.
  'email.subject': 'Eich cyfeirnod {reference}',
  'email.senderName': 'Cyfeirnod',
  'email.heading': 'Eich cyfeirnod',
  'email.thanks': 'Rydym wedi cael eich neges.',
  'email.nextRead': 'Byddwn yn darllen eich neges.',
  'email.nextContact': 'Os byddwn yn cysylltu â chi, byddwn yn defnyddio’r ffyrdd a ddewisoch yn unig.',
  'email.notYouHeading': 'Os na wnaethoch ofyn am yr e-bost hwn',
  'email.notYou':
    'Os na wnaethoch anfon unrhyw beth atom, mae rhywun wedi teipio eich cyfeiriad e-bost, drwy gamgymeriad neu’n fwriadol. Nid oes angen i chi ateb na gwneud unrhyw beth arall.',
  'email.notYouContact':
    'Os ydych yn poeni am hyn, neu os nad ydych am i ni ddefnyddio eich cyfeiriad, ffoniwch {phone} ({hours}) neu anfonwch e-bost i {email}, gan ddyfynnu’r cyfeirnod.',
  'email.reference': 'Eich cyfeirnod yw {reference}.',
  'email.talkToUs':
    'Os oes angen i chi siarad â ni, ffoniwch {phone} ({hours}) neu anfonwch e-bost i {email}, gan ddyfynnu eich cyfeirnod.',

  // The referral form (English in functions/forms/referral.ts).
  'referral.title': 'Gofyn am gyfiawnder adferol',
  'referral.noun': 'atgyfeiriad cyfiawnder adferol',
  'referral.description':
    'Os cawsoch eich niweidio gan drosedd neu wrthdaro, gallwch ofyn am gymryd rhan mewn cyfiawnder adferol. Gallwch hefyd ofyn ar ran rhywun arall, neu atgyfeirio rhywun rydych yn ei gefnogi yn eich gwaith.',
  'referral.contact.whenEmailed':
    'Dim ond os gwnaethoch ofyn am un y byddwn yn anfon e-bost cadarnhau: i gyfeiriad e-bost gwaith gweithiwr proffesiynol, neu atoch chi os gwnaethoch ofyn drosoch eich hun a dweud bod e-bost yn ddiogel. Pan fyddwch yn gofyn ar ran rhywun arall, nid ydym yn anfon e-bost atyn nhw: bydd y tîm yn cysylltu â nhw yn y ffyrdd a ddewisoch.',
  'referral.whatHappensNext.1':
    'Bydd hwylusydd cyfiawnder adferol yn darllen eich atgyfeiriad o fewn {days}.',
  'referral.whatHappensNext.2':
    'Byddan nhw’n cysylltu â’r person dim ond yn y ffyrdd y dywedoch eu bod yn ddiogel, i siarad am yr hyn y mae arnyn nhw ei eisiau.',
  'referral.whatHappensNext.3':
    'Nid oes dim yn digwydd heb gytundeb y person, a gallan nhw roi’r gorau iddi unrhyw bryd.',
  'referral.closingNote.heading': 'Ar ôl cyfarfod adferol',
  'referral.closingNote.text': 'Os byddwch yn cymryd rhan mewn cyfarfod adferol, gallwch',
  'referral.closingNote.link.text': 'ddweud wrthym sut aeth pethau',
  'referral.closingNote.link.after': '. Mae’n ein helpu i wella.',
  'referral.sections.who.title': 'Ar gyfer pwy mae hyn',
  'referral.referrerType.label': 'Ar gyfer pwy mae’r atgyfeiriad hwn?',
  'referral.referrerType.errorName': 'ar gyfer pwy mae’r atgyfeiriad hwn',
  'referral.referrerType.options.self': 'Fi – cefais fy niweidio neu fy effeithio',
  'referral.referrerType.options.on-behalf': 'Rhywun arall, sy’n gwybod am hyn ac yn cytuno',
  'referral.referrerType.options.professional':
    'Rhywun rwy’n ei gefnogi yn fy ngwaith (atgyfeiriad proffesiynol)',
  'referral.referrerName.label': 'Eich enw',
  'referral.referrerName.errorName': 'eich enw',
  'referral.referrerRelationship.label': 'Sut ydych chi’n adnabod y person?',
  'referral.referrerRelationship.hint': 'Er enghraifft, eu rhiant, eu partner neu eu ffrind',
  'referral.referrerRelationship.errorName': 'sut rydych yn adnabod y person',
  'referral.organisation.label': 'Eich sefydliad',
  'referral.organisation.errorName': 'eich sefydliad',
  'referral.workEmail.label': 'Eich cyfeiriad e-bost gwaith',
  'referral.workEmail.hint': 'Byddwn yn anfon cadarnhad o’r atgyfeiriad hwn yma',
  'referral.workEmail.errorName': 'eich cyfeiriad e-bost gwaith',
  'referral.workPhone.label': 'Eich rhif ffôn gwaith',
  'referral.workPhone.errorName': 'eich rhif ffôn gwaith',
  'referral.wantsWorkConfirmation.label': 'Ydych chi am gael e-bost cadarnhau i’ch cyfeiriad e-bost gwaith?',
  'referral.wantsWorkConfirmation.hint':
    'Dim ond eich cyfeirnod y mae’n ei roi. Nid yw ei bwnc na’i anfonwr yn dweud pwy sy’n ei anfon na beth yw ei bwrpas, ac nid yw’n ailadrodd eich atebion.',
  'referral.wantsWorkConfirmation.errorName': 'a ydych am gael e-bost cadarnhau',
  'referral.wantsWorkConfirmation.options.yes': 'Ydw, anfonwch fy nghyfeirnod ataf drwy e-bost',
  'referral.wantsWorkConfirmation.options.no': 'Nac ydw',
  'referral.sections.person.title': 'Am y person',
  'referral.sections.person.description': 'Os ydych yn gofyn drosoch eich hun, chi yw “y person”.',
  'referral.name.label': 'Pa enw ddylem ei ddefnyddio ar gyfer y person?',
  'referral.name.hint':
    'Yr enw y mae’n well ganddyn nhw ei ddefnyddio. Eich enw chi yw hwn os ydych yn gofyn drosoch eich hun.',
  'referral.name.errorName': 'yr enw y dylem ei ddefnyddio',
  'referral.ageBand.label': 'Beth yw oed y person?',
  'referral.ageBand.hint':
    'Rydym yn gweithio’n wahanol gyda phlant a phobl ifanc, felly mae angen i ni wybod a ydyn nhw o dan 18 oed',
  'referral.ageBand.errorName': 'oed y person',
  'referral.ageBand.options.under-18': 'O dan 18',
  'referral.ageBand.options.18-24': '18 i 24',
  'referral.ageBand.options.25-64': '25 i 64',
  'referral.ageBand.options.65-plus': '65 neu hŷn',
  'referral.ageBand.options.prefer-not-to-say': 'Mae’n well gennyf beidio â dweud',
  'referral.area.label': 'Cod post neu ardal lle mae’r person yn byw',
  'referral.area.hint':
    'Mae hyn yn dweud wrthym pa dîm lleol all helpu. Er enghraifft, CF10 1AA neu Gaerdydd.',
  'referral.area.errorName': 'god post neu ardal',
  'referral.safeWays.label': 'Sut mae’n ddiogel i ni gysylltu â’r person?',
  'referral.safeWays.hint':
    'Byddwn yn defnyddio’r ffyrdd a ddewiswch yn unig. Dewiswch bob un sy’n berthnasol.',
  'referral.safeWays.errorName': 'o leiaf un ffordd ddiogel o gysylltu â’r person',
  'referral.safeWays.options.phone': 'Galwad ffôn',
  'referral.safeWays.options.voicemail': 'Neges llais – gallwn adael neges',
  'referral.safeWays.options.text': 'Neges destun',
  'referral.safeWays.options.email': 'E-bost',
  'referral.safeWays.options.letter': 'Llythyr',
  'referral.phone.label': 'Rhif ffôn',
  'referral.phone.hint': 'Ar gyfer rhifau rhyngwladol, rhowch y cod gwlad',
  'referral.phone.errorName': 'eu rhif ffôn',
  'referral.email.label': 'Cyfeiriad e-bost',
  'referral.email.errorName': 'eu cyfeiriad e-bost',
  'referral.wantsConfirmation.label': 'Ydych chi am gael e-bost cadarnhau?',
  'referral.wantsConfirmation.hint':
    'Dim ond os ydych yn gofyn drosoch eich hun: pan fyddwch yn gofyn ar ran rhywun arall, nid ydym yn anfon e-bost atyn nhw, ac mae’r tîm yn cysylltu â nhw yn y ffyrdd a ddewisoch. Dim ond eich cyfeirnod y mae’n ei roi. Nid yw ei bwnc na’i anfonwr yn dweud pwy sy’n ei anfon na beth yw ei bwrpas, ac nid yw’n ailadrodd eich atebion.',
  'referral.wantsConfirmation.errorName': 'a ydych am gael e-bost cadarnhau',
  'referral.wantsConfirmation.options.yes': 'Ydw, anfonwch fy nghyfeirnod ataf drwy e-bost',
  'referral.wantsConfirmation.options.no': 'Nac ydw',
  'referral.postalAddress.label': 'Cyfeiriad post',
  'referral.postalAddress.errorName': 'eu cyfeiriad post',
  'referral.contactTimes.label': 'A oes adegau pan na ddylem gysylltu â’r person?',
  'referral.contactTimes.hint':
    'Er enghraifft, nid ar ôl 5pm, neu ar ddiwrnodau’r wythnos yn unig. Gadewch yn wag os yw unrhyw adeg yn iawn.',
  'referral.contactTimes.errorName': 'yr adegau i’w hosgoi',
  'referral.contactLanguage.label': 'Pa iaith ddylem ei defnyddio wrth gysylltu â’r person?',
  'referral.contactLanguage.hint':
    'Gallwn ysgrifennu a siarad yn Gymraeg neu yn Saesneg. Os na fyddwch yn dewis, byddwn yn defnyddio iaith y ffurflen hon.',
  'referral.contactLanguage.errorName': 'yr iaith i gysylltu â’r person ynddi',
  'referral.contactLanguage.options.en': 'Saesneg (English)',
  'referral.contactLanguage.options.cy': 'Cymraeg',
  'referral.supportNeeds.label': 'A oes angen unrhyw gymorth ar y person i gymryd rhan?',
  'referral.supportNeeds.hint': 'Dewiswch bob un sy’n berthnasol',
  'referral.supportNeeds.errorName': 'y cymorth sydd ei angen ar y person',
  'referral.supportNeeds.options.interpreter': 'Cyfieithydd',
  'referral.supportNeeds.options.bsl': 'Iaith Arwyddion Prydain (BSL)',
  'referral.supportNeeds.options.easy-read': 'Gwybodaeth hawdd ei darllen',
  'referral.supportNeeds.options.access': 'Help i fynd i mewn i adeilad neu o’i gwmpas',
  'referral.supportNeeds.options.other': 'Rhywbeth arall',
  'referral.supportNeeds.options.none': 'Dim angen cymorth',
  'referral.supportDetails.label': 'Dywedwch wrthym am y cymorth sydd ei angen arnyn nhw',
  'referral.supportDetails.hint': 'Er enghraifft, pa iaith, neu unrhyw anabledd y dylem wybod amdano',
  'referral.supportDetails.errorName': 'manylion y cymorth',
  'referral.otherAgencies.label': 'A oes unrhyw un eisoes yn cefnogi’r person? (dewisol)',
  'referral.otherAgencies.hint':
    'Er enghraifft, Cymorth i Ddioddefwyr, gweithiwr cymdeithasol neu wasanaeth cam-drin domestig',
  'referral.otherAgencies.errorName': 'pwy sy’n cefnogi’r person',
  'referral.sections.what-happened.title': 'Beth ddigwyddodd',
  'referral.whatHappened.label': 'Beth ddigwyddodd?',
  'referral.whatHappened.hint':
    'Dywedwch gymaint neu gyn lleied ag y dymunwch. Bydd hwylusydd yn siarad am y peth gyda chi yn nes ymlaen.',
  'referral.whatHappened.errorName': 'beth ddigwyddodd',
  'referral.whenHappened.label': 'Yn fras, pryd ddigwyddodd hyn?',
  'referral.whenHappened.hint': 'Er enghraifft, Mawrth 2026 neu tua 2 flynedd yn ôl',
  'referral.whenHappened.errorName': 'pryd ddigwyddodd hyn, yn fras',
  // Slice 22-evidence: the evidence question.
  'referral.evidence.label': 'Lluniau, recordiadau neu ddogfennau (dewisol)',
  'referral.evidence.hint':
    'Er enghraifft, lluniau o ddifrod, recordiadau o sŵn, sgrinluniau o negeseuon neu daflenni dyddiadur. JPG, PNG, PDF neu recordiad sain. Rydym yn tynnu’r lleoliad o luniau cyn i neb eu gweld. Gallwch hefyd ychwanegu ffeiliau ar ôl i chi anfon y ffurflen hon.',
  'referral.evidence.errorName': 'ffeil',
  'referral.reportedToPolice.label': 'A gafodd ei riportio i’r heddlu?',
  'referral.reportedToPolice.errorName': 'a gafodd ei riportio i’r heddlu',
  'referral.reportedToPolice.options.yes': 'Do',
  'referral.reportedToPolice.options.no': 'Naddo',
  'referral.reportedToPolice.options.not-sure': 'Ddim yn siŵr',
  'referral.crimeReference.label': 'Cyfeirnod trosedd (dewisol)',
  'referral.crimeReference.hint': 'Gallwch ddod o hyd i hwn ar lythyrau neu negeseuon gan yr heddlu',
  'referral.crimeReference.errorName': 'y cyfeirnod trosedd',
  'referral.ongoingCase.label': 'A oes ymchwiliad gan yr heddlu neu achos llys yn dal i fynd rhagddo?',
  'referral.ongoingCase.hint':
    'Gallwch gysylltu o hyd. Gall effeithio ar pryd y gall cyfiawnder adferol ddigwydd.',
  'referral.ongoingCase.errorName': 'a oes ymchwiliad neu achos llys yn mynd rhagddo',
  'referral.ongoingCase.options.yes': 'Oes',
  'referral.ongoingCase.options.no': 'Nac oes',
  'referral.ongoingCase.options.not-sure': 'Ddim yn siŵr',
  'referral.responsibleKnown.label': 'Ydych chi’n gwybod pwy oedd yn gyfrifol?',
  'referral.responsibleKnown.errorName': 'a ydych yn gwybod pwy oedd yn gyfrifol',
  'referral.responsibleKnown.options.yes': 'Ydw',
  'referral.responsibleKnown.options.no': 'Nac ydw',
  'referral.responsibleKnown.options.not-sure': 'Ddim yn siŵr',
  'referral.sections.impact.title': 'Yr effaith',
  'referral.stillAtRisk.label': 'A yw’r niwed yn parhau, neu a yw’r person yn teimlo mewn perygl nawr?',
  'referral.stillAtRisk.hint':
    'Os oes unrhyw un mewn perygl uniongyrchol, ffoniwch 999 yn lle defnyddio’r ffurflen hon.',
  'referral.stillAtRisk.errorName': 'a yw’r person yn dal mewn perygl',
  'referral.stillAtRisk.options.yes': 'Ydy',
  'referral.stillAtRisk.options.no': 'Nac ydy',
  'referral.stillAtRisk.options.not-sure': 'Ddim yn siŵr',
  'referral.impact.label': 'Sut mae wedi effeithio ar y person? (dewisol)',
  'referral.impact.hint': 'Er enghraifft, ar eu hiechyd, eu cwsg, teimlo’n ddiogel, eu gwaith neu eu teulu',
  'referral.impact.errorName': 'sut mae wedi effeithio ar y person',
  'referral.sections.putting-right.title': 'Unioni pethau',
  'referral.hopes.label': 'Beth fyddai’r person yn gobeithio ei gael o gyfiawnder adferol?',
  'referral.hopes.hint': 'Dewiswch bob un sy’n berthnasol',
  'referral.hopes.errorName': 'beth mae’r person yn gobeithio amdano',
  'referral.hopes.options.ask-questions': 'Gofyn cwestiynau am beth ddigwyddodd',
  'referral.hopes.options.explain-impact': 'Esbonio’r effaith y mae wedi’i chael',
  'referral.hopes.options.apology': 'Cael ymddiheuriad',
  'referral.hopes.options.repair': 'Cytuno sut y gellir unioni’r niwed',
  'referral.hopes.options.not-sure': 'Ddim yn siŵr eto',
  'referral.communication.label': 'Sut allai’r person fod eisiau cyfathrebu?',
  'referral.communication.hint': 'Gall hyn newid yn nes ymlaen. Dewiswch bob un sy’n berthnasol.',
  'referral.communication.errorName': 'sut allai’r person fod eisiau cyfathrebu',
  'referral.communication.options.face-to-face': 'Cyfarfod wyneb yn wyneb, gyda hwylusydd',
  'referral.communication.options.letters': 'Llythyrau neu negeseuon',
  'referral.communication.options.recorded': 'Sain neu fideo wedi’u recordio',
  'referral.communication.options.shuttle': 'Hwylusydd yn trosglwyddo negeseuon rhyngom',
  'referral.communication.options.not-sure': 'Ddim yn siŵr eto',
  'referral.anythingElse.label': 'A oes unrhyw beth arall y dylem ei wybod? (dewisol)',
  'referral.anythingElse.errorName': 'unrhyw beth arall',
  'referral.sections.consent.title': 'Cyn i chi anfon',
  'referral.consent.label': 'Cadarnhewch',
  'referral.consent.errorName': 'bob datganiad i gadarnhau eich bod yn deall ac yn cytuno',
  'referral.consent.options.voluntary':
    'Rwy’n deall bod cymryd rhan yn wirfoddol ac y gellir rhoi’r gorau iddi unrhyw bryd',
  'referral.consent.options.contact': 'Rwy’n cytuno y gall y tîm gysylltu â’r person yn y ffyrdd a ddewiswyd',
  'referral.consent.options.privacy': 'Rwyf wedi darllen yr hysbysiad preifatrwydd',
  // The nuisance form (English in functions/forms/nuisance.ts).
  'nuisance.title': 'Rhoi gwybod am broblem gyda chymydog',
  'nuisance.noun': 'adroddiad niwsans cymydog',
  'nuisance.description':
    'Dywedwch wrthym am sŵn, aflonyddu, ymwelwyr bygythiol, delio cyffuriau neu broblemau eraill gyda chymdogion, fel y gall y tîm tai a diogelwch cymunedol helpu.',
  'nuisance.contact.whenEmailed':
    'Dim ond os gwnaethoch ofyn am un a dweud bod e-bost yn ffordd ddiogel o gysylltu â chi y byddwn yn anfon e-bost cadarnhau.',
  'nuisance.whatHappensNext.1':
    'Bydd swyddog o’r tîm tai a diogelwch cymunedol yn darllen eich adroddiad o fewn {days}.',
  'nuisance.whatHappensNext.2':
    'Byddan nhw’n cysylltu â chi dim ond yn y ffyrdd y dywedoch eu bod yn ddiogel.',
  'nuisance.whatHappensNext.3':
    'Ni fydd dim a ddywedoch wrthym yn cael ei rannu â’ch cymydog heb eich cytundeb.',
  'nuisance.closingNote.heading': 'Ar ôl cyfarfod adferol',
  'nuisance.closingNote.text': 'Os byddwch yn cymryd rhan mewn cyfarfod adferol, gallwch',
  'nuisance.closingNote.link.text': 'ddweud wrthym sut aeth pethau',
  'nuisance.closingNote.link.after': '. Mae’n ein helpu i wella.',
  'nuisance.sections.about-you.title': 'Amdanoch chi',
  'nuisance.landlord.label': 'Pwy yw eich landlord?',
  'nuisance.landlord.errorName': 'pwy yw eich landlord',
  'nuisance.landlord.options.council': 'Y cyngor',
  'nuisance.landlord.options.housing-association': 'Cymdeithas dai',
  'nuisance.landlord.options.private': 'Landlord preifat neu asiant gosod',
  'nuisance.landlord.options.owner': 'Fi sy’n berchen ar fy nghartref',
  'nuisance.landlord.options.not-sure': 'Ddim yn siŵr',
  'nuisance.housingAssociation.label': 'Pa gymdeithas dai?',
  'nuisance.housingAssociation.errorName': 'pa gymdeithas dai',
  'nuisance.name.label': 'Eich enw',
  'nuisance.name.errorName': 'eich enw',
  'nuisance.address.label': 'Eich cyfeiriad',
  'nuisance.address.errorName': 'eich cyfeiriad',
  'nuisance.safeWays.label': 'Sut mae’n ddiogel i ni gysylltu â chi?',
  'nuisance.safeWays.hint':
    'Byddwn yn defnyddio’r ffyrdd a ddewiswch yn unig. Dewiswch bob un sy’n berthnasol.',
  'nuisance.safeWays.errorName': 'o leiaf un ffordd ddiogel o gysylltu â chi',
  'nuisance.safeWays.options.phone': 'Galwad ffôn',
  'nuisance.safeWays.options.voicemail': 'Neges llais – gallwn adael neges',
  'nuisance.safeWays.options.text': 'Neges destun',
  'nuisance.safeWays.options.email': 'E-bost',
  'nuisance.safeWays.options.letter': 'Llythyr',
  'nuisance.phone.label': 'Rhif ffôn',
  'nuisance.phone.hint': 'Ar gyfer rhifau rhyngwladol, rhowch y cod gwlad',
  'nuisance.phone.errorName': 'eich rhif ffôn',
  'nuisance.email.label': 'Cyfeiriad e-bost',
  'nuisance.email.errorName': 'eich cyfeiriad e-bost',
  'nuisance.wantsConfirmation.label': 'Ydych chi am gael e-bost cadarnhau?',
  'nuisance.wantsConfirmation.hint':
    'Dim ond eich cyfeirnod y mae’n ei roi. Nid yw ei bwnc na’i anfonwr yn dweud pwy sy’n ei anfon na beth yw ei bwrpas, ac nid yw’n ailadrodd eich atebion.',
  'nuisance.wantsConfirmation.errorName': 'a ydych am gael e-bost cadarnhau',
  'nuisance.wantsConfirmation.options.yes': 'Ydw, anfonwch fy nghyfeirnod ataf drwy e-bost',
  'nuisance.wantsConfirmation.options.no': 'Nac ydw',
  'nuisance.contactTimes.label': 'A oes adegau pan na ddylem gysylltu â chi?',
  'nuisance.contactTimes.hint':
    'Er enghraifft, nid ar ôl 5pm, neu ar ddiwrnodau’r wythnos yn unig. Gadewch yn wag os yw unrhyw adeg yn iawn.',
  'nuisance.contactTimes.errorName': 'yr adegau i’w hosgoi',
  'nuisance.contactLanguage.label': 'Pa iaith ddylem ei defnyddio wrth gysylltu â chi?',
  'nuisance.contactLanguage.hint':
    'Gallwn ysgrifennu a siarad yn Gymraeg neu yn Saesneg. Os na fyddwch yn dewis, byddwn yn defnyddio iaith y ffurflen hon.',
  'nuisance.contactLanguage.errorName': 'yr iaith i gysylltu â chi ynddi',
  'nuisance.contactLanguage.options.en': 'Saesneg (English)',
  'nuisance.contactLanguage.options.cy': 'Cymraeg',
  'nuisance.sections.what-happened.title': 'Beth sy’n digwydd',
  'nuisance.behaviours.label': 'Beth sy’n digwydd?',
  'nuisance.behaviours.hint': 'Dewiswch bob un sy’n berthnasol',
  'nuisance.behaviours.errorName': 'beth sy’n digwydd',
  'nuisance.behaviours.options.noise': 'Sŵn',
  'nuisance.behaviours.options.verbal-abuse': 'Gweiddi, rhegi neu gam-drin geiriol',
  'nuisance.behaviours.options.threats': 'Bygythiadau neu fygwth',
  'nuisance.behaviours.options.harassment': 'Aflonyddu',
  'nuisance.behaviours.options.hate':
    'Cam-drin oherwydd hil, crefydd, anabledd, rhywioldeb neu hunaniaeth rhywedd (yn ymwneud â chasineb)',
  'nuisance.behaviours.options.drugs': 'Defnyddio neu ddelio cyffuriau',
  'nuisance.behaviours.options.visitors': 'Ymwelwyr yn achosi problemau',
  'nuisance.behaviours.options.damage': 'Difrod neu graffiti',
  'nuisance.behaviours.options.rubbish': 'Sbwriel neu dipio anghyfreithlon',
  'nuisance.behaviours.options.vehicles': 'Cerbydau neu barcio',
  'nuisance.behaviours.options.animals': 'Anifeiliaid',
  'nuisance.behaviours.options.other': 'Rhywbeth arall',
  'nuisance.behaviourOther.label': 'Beth arall sy’n digwydd?',
  'nuisance.behaviourOther.errorName': 'beth arall sy’n digwydd',
  'nuisance.description.label': 'Disgrifiwch y broblem',
  'nuisance.description.hint': 'Dywedwch beth sy’n digwydd, ble, ac unrhyw beth sydd fel petai’n ei sbarduno',
  'nuisance.description.errorName': 'ddisgrifiad o’r broblem',
  'nuisance.location.label': 'Ble mae’n digwydd, os nad yn eich cartref? (dewisol)',
  'nuisance.location.hint':
    'Er enghraifft, y fflat uwchben, 14 Ffordd yr Orsaf, neu’r maes parcio y tu ôl i’r siopau',
  'nuisance.location.errorName': 'ble mae’n digwydd',
  'nuisance.started.label': 'Pryd ddechreuodd hyn?',
  'nuisance.started.hint': 'Er enghraifft, Mehefin 2026 neu tua 3 mis yn ôl',
  'nuisance.started.errorName': 'pryd ddechreuodd hyn',
  'nuisance.frequency.label': 'Pa mor aml mae’n digwydd?',
  'nuisance.frequency.errorName': 'pa mor aml mae’n digwydd',
  'nuisance.frequency.options.daily': 'Bob dydd neu’r rhan fwyaf o ddyddiau',
  'nuisance.frequency.options.weekly': 'Bob wythnos',
  'nuisance.frequency.options.monthly': 'Bob mis neu’n llai aml',
  'nuisance.frequency.options.once': 'Mae wedi digwydd unwaith',
  'nuisance.mostRecent.label': 'Pryd ddigwyddodd ddiwethaf?',
  'nuisance.mostRecent.hint':
    'Er enghraifft, 14 11 2026. Os nad ydych yn siŵr o’r union ddiwrnod, rhowch eich amcangyfrif gorau.',
  'nuisance.mostRecent.errorName': 'y dyddiad y digwyddodd ddiwethaf',
  'nuisance.peopleInvolved.label': 'Pwy sy’n gysylltiedig, os ydych yn gwybod? (dewisol)',
  'nuisance.peopleInvolved.hint':
    'Enwau, disgrifiadau neu ym mha gartref maen nhw’n byw. Dim ond dweud wrthym yr hyn rydych yn gyfforddus yn ei rannu.',
  'nuisance.peopleInvolved.errorName': 'pwy sy’n gysylltiedig',
  'nuisance.witnesses.label': 'A oes unrhyw un arall wedi’i weld neu ei glywed? (dewisol)',
  'nuisance.witnesses.errorName': 'pwy arall sydd wedi’i weld neu ei glywed',
  // Slice 22-evidence: the evidence question.
  'nuisance.evidence.label': 'Lluniau, recordiadau neu ddogfennau (dewisol)',
  'nuisance.evidence.hint':
    'Er enghraifft, lluniau o ddifrod, recordiadau o sŵn, sgrinluniau o negeseuon neu daflenni dyddiadur. JPG, PNG, PDF neu recordiad sain. Rydym yn tynnu’r lleoliad o luniau cyn i neb eu gweld. Gallwch hefyd ychwanegu ffeiliau ar ôl i chi anfon y ffurflen hon.',
  'nuisance.evidence.errorName': 'ffeil',
  'nuisance.sections.impact.title': 'Yr effaith',
  'nuisance.impact.label': 'Sut mae’n effeithio arnoch chi a’r bobl rydych yn byw gyda nhw?',
  'nuisance.impact.hint': 'Er enghraifft, ar gwsg, iechyd, plant, neu deimlo’n ddiogel gartref',
  'nuisance.impact.errorName': 'sut mae’n effeithio arnoch chi',
  'nuisance.sections.so-far.title': 'Beth sydd wedi digwydd hyd yma',
  'nuisance.reportedToPolice.label': 'Ydych chi wedi’i riportio i’r heddlu?',
  'nuisance.reportedToPolice.errorName': 'a ydych wedi’i riportio i’r heddlu',
  'nuisance.reportedToPolice.options.yes': 'Do',
  'nuisance.reportedToPolice.options.no': 'Naddo',
  'nuisance.crimeReference.label': 'Cyfeirnod trosedd (dewisol)',
  'nuisance.crimeReference.errorName': 'y cyfeirnod trosedd',
  'nuisance.reportedToLandlord.label': 'Ydych chi wedi’i riportio i’ch landlord o’r blaen?',
  'nuisance.reportedToLandlord.errorName': 'a ydych wedi’i riportio i’ch landlord',
  'nuisance.reportedToLandlord.options.yes': 'Do',
  'nuisance.reportedToLandlord.options.no': 'Naddo',
  'nuisance.reportedToLandlord.options.not-applicable': 'Nid oes gennyf landlord',
  'nuisance.triedToResolve.label': 'Ydych chi wedi ceisio datrys y peth gyda’r bobl dan sylw?',
  'nuisance.triedToResolve.hint':
    'Dim ond os oedd yn teimlo’n ddiogel. Mae’n iawn os nad ydych wedi gwneud hynny.',
  'nuisance.triedToResolve.errorName': 'a ydych wedi ceisio datrys y peth',
  'nuisance.triedToResolve.options.yes': 'Do',
  'nuisance.triedToResolve.options.no': 'Naddo',
  'nuisance.triedDetails.label': 'Beth wnaethoch chi roi cynnig arno, a beth ddigwyddodd? (dewisol)',
  'nuisance.triedDetails.errorName': 'beth wnaethoch chi roi cynnig arno',
  'nuisance.sections.putting-right.title': 'Unioni pethau',
  'nuisance.restorativeMeeting.label': 'A fyddech yn ystyried sgwrs neu gyfarfod adferol gyda’ch cymydog?',
  'nuisance.restorativeMeeting.hint':
    'Mae hwylusydd diduedd sydd wedi’i hyfforddi yn paratoi pawb yn gyntaf ac yn aros gyda chi drwy’r amser',
  'nuisance.restorativeMeeting.errorName': 'a fyddech yn ystyried sgwrs adferol',
  'nuisance.restorativeMeeting.options.yes': 'Byddwn',
  'nuisance.restorativeMeeting.options.maybe': 'Efallai',
  'nuisance.restorativeMeeting.options.no': 'Na fyddwn',
  'nuisance.mediation.label': 'A fyddech yn ystyried cyfryngu?',
  'nuisance.mediation.hint': 'Mae cyfryngwr yn helpu cymdogion i gytuno sut i fyw ochr yn ochr',
  'nuisance.mediation.errorName': 'a fyddech yn ystyried cyfryngu',
  'nuisance.mediation.options.yes': 'Byddwn',
  'nuisance.mediation.options.maybe': 'Efallai',
  'nuisance.mediation.options.no': 'Na fyddwn',
  'nuisance.hopedOutcome.label': 'Beth fyddai’n helpu i unioni pethau i chi? (dewisol)',
  'nuisance.hopedOutcome.errorName': 'beth fyddai’n helpu',
  'nuisance.sections.declarations.title': 'Cyn i chi anfon',
  'nuisance.declarations.label': 'Cadarnhewch',
  'nuisance.declarations.errorName': 'bob datganiad i gadarnhau',
  'nuisance.declarations.options.accurate': 'Mae’r wybodaeth a roddais yn wir hyd eithaf fy ngwybodaeth',
  'nuisance.declarations.options.not-shared':
    'Rwy’n deall na fydd dim a ddywedaf wrthych yn cael ei rannu â’m cymydog heb fy nghytundeb',
  'nuisance.declarations.options.privacy': 'Rwyf wedi darllen yr hysbysiad preifatrwydd',
  // The feedback form (English in functions/forms/feedback.ts).
  'feedback.title': 'Rhoi adborth am gyfarfod adferol',
  'feedback.noun': 'adborth',
  'feedback.description':
    'Dywedwch wrthym sut aeth cynhadledd, cylch neu gyfarfod adferol arall i chi. Nid oes rhaid i chi roi eich enw.',
  'feedback.contact.whenEmailed':
    'Dim ond os dywedoch y cawn gysylltu â chi, dweud bod e-bost yn ddiogel a gofyn am un y byddwn yn anfon e-bost cadarnhau.',
  'feedback.whatHappensNext.1':
    'Mae’r tîm sy’n cefnogi cyfarfodydd adferol yn darllen pob adborth ac yn ei ddefnyddio i wella.',
  'feedback.whatHappensNext.2':
    'Os dywedoch y cawn gysylltu â chi, byddwn yn defnyddio’r ffyrdd y dywedoch eu bod yn ddiogel yn unig.',
  'feedback.closingNote.text': 'Diolch am roi o’ch amser i ddweud wrthym sut aeth pethau.',
  'feedback.sections.meeting.title': 'Eich cyfarfod',
  'feedback.meetingType.label': 'Pa fath o gyfarfod oedd e?',
  'feedback.meetingType.errorName': 'pa fath o gyfarfod oedd e',
  'feedback.meetingType.options.conference': 'Cynhadledd adferol',
  'feedback.meetingType.options.circle': 'Cylch adferol',
  'feedback.meetingType.options.family-group': 'Cynhadledd grŵp teulu',
  'feedback.meetingType.options.indirect':
    'Anuniongyrchol – llythyrau, negeseuon neu fideo wedi’i recordio a drosglwyddwyd gan hwylusydd',
  'feedback.meetingType.options.conversation': 'Sgwrs adferol anffurfiol',
  'feedback.meetingType.options.other': 'Rhywbeth arall',
  'feedback.meetingWhen.label': 'Pryd oedd y cyfarfod? (dewisol)',
  'feedback.meetingWhen.hint': 'Er enghraifft, 27 10 2026. Gadewch yn wag os nad ydych yn siŵr.',
  'feedback.meetingWhen.errorName': 'dyddiad y cyfarfod',
  'feedback.facilitatorReference.label': 'Cyfeirnod gan eich hwylusydd (dewisol)',
  'feedback.facilitatorReference.hint':
    'Dim ond os rhoddon nhw un i chi. Mae’n ein helpu i gysylltu eich adborth â’r cyfarfod cywir.',
  'feedback.facilitatorReference.errorName': 'y cyfeirnod',
  'feedback.role.label': 'Beth oedd eich rhan yn y cyfarfod?',
  'feedback.role.errorName': 'beth oedd eich rhan yn y cyfarfod',
  'feedback.role.options.harmed': 'Cefais fy niweidio neu fy effeithio',
  'feedback.role.options.responsible': 'Roeddwn yn gyfrifol am y niwed',
  'feedback.role.options.supporter':
    'Roeddwn yno i gefnogi rhywun, er enghraifft fel aelod o’r teulu neu ffrind',
  'feedback.role.options.community': 'Roeddwn yno fel aelod o’r gymuned',
  'feedback.role.options.professional': 'Roeddwn yno yn fy ngwaith',
  'feedback.sections.experience.title': 'Sut aeth pethau',
  'feedback.sections.experience.description':
    'Dywedwch i ba raddau rydych yn cytuno â phob datganiad. Hepgorwch unrhyw rai nad ydynt yn berthnasol i chi.',
  'feedback.prepared.label': 'Roeddwn wedi paratoi’n dda ac yn gwybod beth i’w ddisgwyl (dewisol)',
  'feedback.prepared.errorName': 'i ba raddau rydych yn cytuno',
  'feedback.prepared.options.strongly-agree': 'Cytuno’n gryf',
  'feedback.prepared.options.agree': 'Cytuno',
  'feedback.prepared.options.neither': 'Ddim yn cytuno nac yn anghytuno',
  'feedback.prepared.options.disagree': 'Anghytuno',
  'feedback.prepared.options.strongly-disagree': 'Anghytuno’n gryf',
  'feedback.feltSafe.label': 'Roeddwn yn teimlo’n ddiogel (dewisol)',
  'feedback.feltSafe.errorName': 'i ba raddau rydych yn cytuno',
  'feedback.feltSafe.options.strongly-agree': 'Cytuno’n gryf',
  'feedback.feltSafe.options.agree': 'Cytuno',
  'feedback.feltSafe.options.neither': 'Ddim yn cytuno nac yn anghytuno',
  'feedback.feltSafe.options.disagree': 'Anghytuno',
  'feedback.feltSafe.options.strongly-disagree': 'Anghytuno’n gryf',
  'feedback.listenedTo.label': 'Cefais fy nghlywed a’m trin â pharch (dewisol)',
  'feedback.listenedTo.errorName': 'i ba raddau rydych yn cytuno',
  'feedback.listenedTo.options.strongly-agree': 'Cytuno’n gryf',
  'feedback.listenedTo.options.agree': 'Cytuno',
  'feedback.listenedTo.options.neither': 'Ddim yn cytuno nac yn anghytuno',
  'feedback.listenedTo.options.disagree': 'Anghytuno',
  'feedback.listenedTo.options.strongly-disagree': 'Anghytuno’n gryf',
  'feedback.facilitatorFair.label': 'Roedd yr hwylusydd yn deg â phawb (dewisol)',
  'feedback.facilitatorFair.errorName': 'i ba raddau rydych yn cytuno',
  'feedback.facilitatorFair.options.strongly-agree': 'Cytuno’n gryf',
  'feedback.facilitatorFair.options.agree': 'Cytuno',
  'feedback.facilitatorFair.options.neither': 'Ddim yn cytuno nac yn anghytuno',
  'feedback.facilitatorFair.options.disagree': 'Anghytuno',
  'feedback.facilitatorFair.options.strongly-disagree': 'Anghytuno’n gryf',
  'feedback.processFair.label': 'Roedd y broses yn deg (dewisol)',
  'feedback.processFair.errorName': 'i ba raddau rydych yn cytuno',
  'feedback.processFair.options.strongly-agree': 'Cytuno’n gryf',
  'feedback.processFair.options.agree': 'Cytuno',
  'feedback.processFair.options.neither': 'Ddim yn cytuno nac yn anghytuno',
  'feedback.processFair.options.disagree': 'Anghytuno',
  'feedback.processFair.options.strongly-disagree': 'Anghytuno’n gryf',
  'feedback.harmRecognised.label': 'Cafodd y niwed ei gydnabod (dewisol)',
  'feedback.harmRecognised.errorName': 'i ba raddau rydych yn cytuno',
  'feedback.harmRecognised.options.strongly-agree': 'Cytuno’n gryf',
  'feedback.harmRecognised.options.agree': 'Cytuno',
  'feedback.harmRecognised.options.neither': 'Ddim yn cytuno nac yn anghytuno',
  'feedback.harmRecognised.options.disagree': 'Anghytuno',
  'feedback.harmRecognised.options.strongly-disagree': 'Anghytuno’n gryf',
  'feedback.agreementSatisfied.label': 'Rwy’n fodlon â’r hyn a gytunwyd (dewisol)',
  'feedback.agreementSatisfied.errorName': 'i ba raddau rydych yn cytuno',
  'feedback.agreementSatisfied.options.strongly-agree': 'Cytuno’n gryf',
  'feedback.agreementSatisfied.options.agree': 'Cytuno',
  'feedback.agreementSatisfied.options.neither': 'Ddim yn cytuno nac yn anghytuno',
  'feedback.agreementSatisfied.options.disagree': 'Anghytuno',
  'feedback.agreementSatisfied.options.strongly-disagree': 'Anghytuno’n gryf',
  'feedback.overallSatisfaction.label': 'At ei gilydd, pa mor fodlon ydych chi â’r broses adferol?',
  'feedback.overallSatisfaction.errorName': 'pa mor fodlon ydych chi at ei gilydd',
  'feedback.overallSatisfaction.options.very-satisfied': 'Bodlon iawn',
  'feedback.overallSatisfaction.options.satisfied': 'Bodlon',
  'feedback.overallSatisfaction.options.neither': 'Ddim yn fodlon nac yn anfodlon',
  'feedback.overallSatisfaction.options.dissatisfied': 'Anfodlon',
  'feedback.overallSatisfaction.options.very-dissatisfied': 'Anfodlon iawn',
  'feedback.wouldRecommend.label': 'A fyddech yn argymell cyfiawnder adferol i rywun yn eich sefyllfa chi?',
  'feedback.wouldRecommend.errorName': 'a fyddech yn ei argymell',
  'feedback.wouldRecommend.options.yes': 'Byddwn',
  'feedback.wouldRecommend.options.no': 'Na fyddwn',
  'feedback.wouldRecommend.options.not-sure': 'Ddim yn siŵr',
  'feedback.wentWell.label': 'Beth aeth yn dda? (dewisol)',
  'feedback.wentWell.errorName': 'beth aeth yn dda',
  'feedback.couldBeBetter.label': 'Beth allai fod wedi bod yn well? (dewisol)',
  'feedback.couldBeBetter.errorName': 'beth allai fod wedi bod yn well',
  'feedback.sections.contact.title': 'Cysylltu',
  'feedback.mayContact.label': 'A gawn ni gysylltu â chi am eich adborth?',
  'feedback.mayContact.hint': 'Gallwch roi adborth heb adael eich enw nac unrhyw fanylion cyswllt',
  'feedback.mayContact.errorName': 'a gawn ni gysylltu â chi',
  'feedback.mayContact.options.yes': 'Cewch',
  'feedback.mayContact.options.no': 'Na, cadwch fy adborth yn ddienw',
  'feedback.name.label': 'Eich enw (dewisol)',
  'feedback.name.errorName': 'eich enw',
  'feedback.safeWays.label': 'Sut mae’n ddiogel i ni gysylltu â chi?',
  'feedback.safeWays.hint':
    'Byddwn yn defnyddio’r ffyrdd a ddewiswch yn unig. Dewiswch bob un sy’n berthnasol.',
  'feedback.safeWays.errorName': 'o leiaf un ffordd ddiogel o gysylltu â chi',
  'feedback.safeWays.options.phone': 'Galwad ffôn',
  'feedback.safeWays.options.voicemail': 'Neges llais – gallwn adael neges',
  'feedback.safeWays.options.text': 'Neges destun',
  'feedback.safeWays.options.email': 'E-bost',
  'feedback.phone.label': 'Rhif ffôn',
  'feedback.phone.hint': 'Ar gyfer rhifau rhyngwladol, rhowch y cod gwlad',
  'feedback.phone.errorName': 'eich rhif ffôn',
  'feedback.email.label': 'Cyfeiriad e-bost',
  'feedback.email.errorName': 'eich cyfeiriad e-bost',
  'feedback.wantsConfirmation.label': 'Ydych chi am gael e-bost cadarnhau?',
  'feedback.wantsConfirmation.hint':
    'Dim ond eich cyfeirnod y mae’n ei roi. Nid yw ei bwnc na’i anfonwr yn dweud pwy sy’n ei anfon na beth yw ei bwrpas, ac nid yw’n ailadrodd eich atebion.',
  'feedback.wantsConfirmation.errorName': 'a ydych am gael e-bost cadarnhau',
  'feedback.wantsConfirmation.options.yes': 'Ydw, anfonwch fy nghyfeirnod ataf drwy e-bost',
  'feedback.wantsConfirmation.options.no': 'Nac ydw',
  'feedback.contactTimes.label': 'A oes adegau pan na ddylem gysylltu â chi?',
  'feedback.contactTimes.hint':
    'Er enghraifft, nid ar ôl 5pm, neu ar ddiwrnodau’r wythnos yn unig. Gadewch yn wag os yw unrhyw adeg yn iawn.',
  'feedback.contactTimes.errorName': 'yr adegau i’w hosgoi',
  'feedback.contactLanguage.label': 'Pa iaith ddylem ei defnyddio wrth gysylltu â chi?',
  'feedback.contactLanguage.hint':
    'Gallwn ysgrifennu a siarad yn Gymraeg neu yn Saesneg. Os na fyddwch yn dewis, byddwn yn defnyddio iaith y ffurflen hon.',
  'feedback.contactLanguage.errorName': 'yr iaith i gysylltu â chi ynddi',
  'feedback.contactLanguage.options.en': 'Saesneg (English)',
  'feedback.contactLanguage.options.cy': 'Cymraeg',
  // Slice 21-actions: the pages a person comes back to (English in the definitions' `returning`).
  'referral.returning.addition.title': 'Dweud rhywbeth newydd wrthym',
  'referral.returning.sections.update.title': 'Beth rydych am i ni ei wybod',
  'referral.returning.update.label': 'Beth ydych chi am i’r tîm ei wybod?',
  'referral.returning.update.hint':
    'Er enghraifft, rhywbeth sydd wedi digwydd ers hynny, newid yn y ffordd rydych yn teimlo am gymryd rhan, neu ddyddiadau sy’n anodd',
  'referral.returning.update.errorName': 'beth rydych am i’r tîm ei wybod',
  'referral.returning.stillAtRisk.label': 'A oes unrhyw un mewn perygl o niwed nawr? (dewisol)',
  'referral.returning.stillAtRisk.hint':
    'Os oes unrhyw un mewn perygl uniongyrchol, ffoniwch 999 yn lle defnyddio’r ffurflen hon.',
  'referral.returning.stillAtRisk.errorName': 'a oes unrhyw un mewn perygl nawr',
  'referral.returning.stillAtRisk.options.yes': 'Oes',
  'referral.returning.stillAtRisk.options.no': 'Nac oes',
  'referral.returning.stillAtRisk.options.not-sure': 'Ddim yn siŵr',
  'referral.returning.withdraw.title': 'Dweud nad ydych eisiau cymryd rhan mwyach',
  'referral.returning.sections.withdraw.title': 'Rhoi’r gorau iddi',
  'referral.returning.sections.withdraw.description':
    'Mae cymryd rhan yn wirfoddol: gallwch roi’r gorau iddi unrhyw bryd, heb roi rheswm. Pan fyddwch yn anfon hwn, bydd y tîm yn gweld ar unwaith nad ydych eisiau cymryd rhan mwyach.',
  'referral.returning.withdrawReason.label': 'Allwch chi ddweud wrthym pam? (dewisol)',
  'referral.returning.withdrawReason.hint':
    'Does dim rhaid i chi. Mae’n ein helpu i wella’r hyn rydym yn ei gynnig.',
  'referral.returning.withdrawReason.errorName': 'pam nad ydych eisiau cymryd rhan mwyach',
  'nuisance.returning.addition.title': 'Dweud wrthym am rywbeth sydd wedi digwydd ers hynny',
  'nuisance.returning.sections.incident.title': 'Beth ddigwyddodd',
  'nuisance.returning.happenedOn.label': 'Pryd ddigwyddodd?',
  'nuisance.returning.happenedOn.hint':
    'Er enghraifft, 27 11 2026. Os nad ydych yn siŵr o’r union ddiwrnod, rhowch eich amcangyfrif gorau.',
  'nuisance.returning.happenedOn.errorName': 'y dyddiad y digwyddodd',
  'nuisance.returning.happenedAt.label': 'Faint o’r gloch ddigwyddodd, os ydych yn gwybod? (dewisol)',
  'nuisance.returning.happenedAt.hint': 'Er enghraifft, 11pm, neu’n hwyr gyda’r nos',
  'nuisance.returning.happenedAt.errorName': 'yr amser y digwyddodd',
  'nuisance.returning.behaviours.label': 'Beth ddigwyddodd?',
  'nuisance.returning.behaviours.hint': 'Dewiswch bob un sy’n berthnasol',
  'nuisance.returning.behaviours.errorName': 'beth ddigwyddodd',
  'nuisance.returning.behaviours.options.noise': 'Sŵn',
  'nuisance.returning.behaviours.options.verbal-abuse': 'Gweiddi, rhegi neu gam-drin geiriol',
  'nuisance.returning.behaviours.options.threats': 'Bygythiadau neu fygwth',
  'nuisance.returning.behaviours.options.harassment': 'Aflonyddu',
  'nuisance.returning.behaviours.options.hate':
    'Cam-drin oherwydd hil, crefydd, anabledd, rhywioldeb neu hunaniaeth rhywedd (yn ymwneud â chasineb)',
  'nuisance.returning.behaviours.options.drugs': 'Defnyddio neu ddelio cyffuriau',
  'nuisance.returning.behaviours.options.visitors': 'Ymwelwyr yn achosi problemau',
  'nuisance.returning.behaviours.options.damage': 'Difrod neu graffiti',
  'nuisance.returning.behaviours.options.rubbish': 'Sbwriel neu dipio anghyfreithlon',
  'nuisance.returning.behaviours.options.vehicles': 'Cerbydau neu barcio',
  'nuisance.returning.behaviours.options.animals': 'Anifeiliaid',
  'nuisance.returning.behaviours.options.other': 'Rhywbeth arall',
  'nuisance.returning.behaviourOther.label': 'Beth arall ddigwyddodd?',
  'nuisance.returning.behaviourOther.errorName': 'beth arall ddigwyddodd',
  'nuisance.returning.description.label': 'Disgrifiwch beth ddigwyddodd',
  'nuisance.returning.description.hint':
    'Dywedwch ble digwyddodd, ac unrhyw beth a oedd fel petai’n ei sbarduno',
  'nuisance.returning.description.errorName': 'ddisgrifiad o’r hyn a ddigwyddodd',
  'nuisance.returning.peopleInvolved.label': 'Pwy oedd yn gysylltiedig, os ydych yn gwybod? (dewisol)',
  'nuisance.returning.peopleInvolved.hint':
    'Enwau, disgrifiadau neu ym mha gartref maen nhw’n byw. Dim ond dweud wrthym yr hyn rydych yn gyfforddus yn ei rannu.',
  'nuisance.returning.peopleInvolved.errorName': 'pwy oedd yn gysylltiedig',
  'nuisance.returning.witnesses.label': 'A welodd neu a glywodd unrhyw un arall? (dewisol)',
  'nuisance.returning.witnesses.errorName': 'pwy arall a’i gwelodd neu a’i clywodd',
  'nuisance.returning.sections.impact.title': 'Yr effaith',
  'nuisance.returning.impact.label': 'Sut effeithiodd arnoch chi a’r bobl rydych yn byw gyda nhw?',
  'nuisance.returning.impact.hint': 'Er enghraifft, ar gwsg, iechyd, plant, neu deimlo’n ddiogel gartref',
  'nuisance.returning.impact.errorName': 'sut effeithiodd arnoch chi',
  // --- Issue 23: figures (the public ASB Case Review figures page, /cy/case-review/figures/) ---
  'caseReviewFigures.title': 'Ffigurau’r Adolygiad Achos YGG',
  'caseReviewFigures.intro':
    'Mae’r Adolygiad Achos YGG yn gadael i rywun sydd wedi rhoi gwybod am ymddygiad gwrthgymdeithasol, heb weld dim yn newid, ofyn i’r cyngor, yr heddlu, cyrff iechyd a thai edrych ar eu hachos gyda’i gilydd. Mae’r gyfraith yn gofyn i ni gyhoeddi’r ffigurau hyn o leiaf unwaith y flwyddyn.',
  'caseReviewFigures.countsIntro':
    'Mae pob blwyddyn yn cyfrif y ceisiadau a ddaeth i law ynddi, o fis Ebrill i fis Mawrth:',
  'caseReviewFigures.ownYear':
    'Rydym hefyd yn eu rhoi ar gyfer ein blwyddyn adrodd ein hunain, sy’n dechrau ym mis {month}.',
  'caseReviewFigures.applications': 'Ceisiadau',
  'caseReviewFigures.applications.meaning': 'y ceisiadau am Adolygiad Achos a gawsom',
  'caseReviewFigures.thresholdNotMet': 'Trothwy heb ei gyrraedd',
  'caseReviewFigures.thresholdNotMet.meaning':
    'y ceisiadau nad oeddent yn cyrraedd y trothwy ar gyfer adolygiad',
  'caseReviewFigures.reviewsHeld': 'Adolygiadau a gynhaliwyd',
  'caseReviewFigures.reviewsHeld.meaning': 'y ceisiadau yr adolygwyd eu hachos mewn cyfarfod',
  'caseReviewFigures.recommendations': 'Adolygiadau gydag argymhellion',
  'caseReviewFigures.recommendations.meaning': 'yr adolygiadau a ddaeth i ben gydag argymhellion i weithredu',
  'caseReviewFigures.anonymous':
    'Cyfrifon yn unig yw’r rhain. Maent yn cynnwys ceisiadau yr ydym wedi dileu eu manylion ers hynny, ac nid ydynt yn dweud dim am bwy a wnaeth gais.',
  'caseReviewFigures.caption': 'Ffigurau ar gyfer {year}',
  'caseReviewFigures.countHeader': 'Beth sy’n cael ei gyfrif',
  'caseReviewFigures.numberHeader': 'Nifer',
  'caseReviewFigures.soFar': 'Nid yw’r flwyddyn hon ar ben: bydd ei ffigurau’n tyfu.',
  'caseReviewFigures.yearRange': '{from} i {to}',
  'caseReviewFigures.csv': 'Lawrlwytho’r ffigurau ar gyfer {year} (CSV, yn Saesneg)',
  'caseReviewFigures.notFound.title': 'Heb ddod o hyd i’r dudalen',
  'caseReviewFigures.notFound':
    'Does dim ffigurau yn y cyfeiriad hwn. Mae tudalen y ffigurau’n rhestru pob blwyddyn y mae ffigurau ar ei chyfer.',
  'caseReviewFigures.apply': 'Gwneud cais am Adolygiad Achos YGG',
  // --- Slice 21-access: the way back in (issue 21) ---
  'return.code.heading': 'Eich cod dychwelyd',
  'return.code.intro':
    'Os yw’n ddiogel, gallwch ddod yn ôl i ychwanegu at yr hyn a anfonoch neu newid sut rydym yn cysylltu â chi’n ddiogel, yn {link}. Bydd angen eich cyfeirnod a’r cod dychwelyd hwn arnoch:',
  'return.code.warning':
    'Ysgrifennwch hwn i lawr neu cadwch ef rywle diogel. Gall unrhyw un sydd â’r cod a’ch cyfeirnod ychwanegu at eich adroddiad. Ni allwn ei ddangos i chi eto.',
  'return.code.label': 'Cod dychwelyd',
  'return.signIn.title': 'Dod yn ôl at yr hyn a anfonoch',
  'return.signIn.intro':
    'Rhowch y cyfeirnod a’r cod dychwelyd a gawsoch pan wnaethoch ei anfon. Yna gallwch ychwanegu ato, neu newid sut rydym yn cysylltu â chi’n ddiogel.',
  'return.signIn.reference': 'Cyfeirnod',
  'return.signIn.referenceHint': 'Er enghraifft, NR-7KQM-4XPD',
  'return.signIn.code': 'Cod dychwelyd',
  'return.signIn.codeHint': '12 llythyren a rhif, er enghraifft 7KQM 4XPD 9T2B',
  'return.signIn.continue': 'Parhau',
  'return.signIn.missingReference': 'Rhowch eich cyfeirnod',
  'return.signIn.missingCode': 'Rhowch eich cod dychwelyd',
  'return.signIn.wrong':
    'Nid yw’r cyfeirnod na’r cod dychwelyd yn gywir. Gwiriwch nhw a rhowch gynnig arall arni.',
  'return.signIn.locked': 'Bu gormod o ymdrechion. Arhoswch awr, yna rhowch gynnig arall arni.',
  'return.signIn.ended':
    'Rydych wedi bod i ffwrdd am fwy na 15 munud, felly rydym wedi’ch allgofnodi i gadw’ch adroddiad yn ddiogel. Rhowch eich cyfeirnod a’ch cod dychwelyd eto.',
  'return.signIn.noCode':
    'Os nad oes gennych god dychwelyd, neu os ydych wedi’i golli, cysylltwch â {service}:',
  'return.status.title': 'Yr hyn a anfonoch',
  'return.status.reference': 'Cyfeirnod {reference}',
  'return.status.heading': 'Ble mae pethau',
  'return.status.received': 'Rydym wedi’i gael. Nid yw’r tîm wedi dechrau gweithio arno eto.',
  'return.status.active': 'Mae’r tîm yn edrych arno.',
  'return.status.closed': 'Mae’r tîm wedi’i gau.',
  'return.status.withdrawn': 'Dywedoch wrthym nad ydych eisiau cymryd rhan mwyach.',
  'return.status.added': 'Rydych wedi ychwanegu ato ers i chi ei anfon ({count}).',
  'return.status.actions': 'Beth allwch chi ei wneud',
  'return.status.contact': 'Newid sut rydym yn cysylltu â chi’n ddiogel',
  // Slice 23: the ASB Case Review application, pre-filled from the case.
  'return.status.caseReview': 'Gofyn am Adolygiad Achos YGG',
  'return.status.none':
    'Does dim mwy y gallwch ei wneud ar-lein. Os oes angen i chi ddweud rhywbeth wrthym, cysylltwch â {service}:',
  'return.signOut': 'Allgofnodi',
  'return.signedOut.title': 'Rydych wedi allgofnodi',
  'return.signedOut.text': 'I ddod yn ôl, bydd angen eich cyfeirnod a’ch cod dychwelyd arnoch eto.',
  'return.notFound':
    'Does dim byd yn y cyfeiriad hwn. Ewch yn ôl i’r dudalen sy’n dangos ble mae pethau a dewiswch oddi yno.',
  'return.problem':
    'Nid oeddem yn gallu defnyddio’r cais hwnnw. Ewch yn ôl i’r dechrau a rhowch gynnig arall arni.',
  'return.tooMany.title': 'Gormod o geisiadau',
  'return.tooMany':
    'Mae gormod o geisiadau wedi dod o’ch rhwydwaith. Arhoswch ychydig funudau, yna rhowch gynnig arall arni.',
  // Issue 21: the one-time sign-in link by email (functions/returning/email-link.ts).
  'return.signIn.emailLink': 'Anfonwch ddolen ataf drwy e-bost yn lle hynny',
  'return.emailLink.title': 'Cael dolen drwy e-bost',
  'return.emailLink.intro':
    'Os dywedoch wrthym fod e-bost yn ffordd ddiogel o gysylltu â chi, gallwn anfon dolen atoch drwy e-bost i ddod yn ôl at yr hyn a anfonoch. Dim ond i’r cyfeiriad e-bost a roesoch i ni fel un diogel y byddwn yn ei hanfon. Mae’n gweithio unwaith, o fewn 15 munud.',
  'return.emailLink.email': 'Cyfeiriad e-bost',
  'return.emailLink.emailHint': 'Y cyfeiriad e-bost y dywedoch ei fod yn ddiogel i gysylltu â chi arno',
  'return.emailLink.send': 'Anfonwch ddolen ataf',
  'return.emailLink.missingEmail': 'Rhowch y cyfeiriad e-bost y dywedoch ei fod yn ddiogel',
  'return.emailLink.sentTitle': 'Gwiriwch eich e-bost',
  'return.emailLink.sent':
    'Os yw’r manylion yn cyfateb, rydym wedi anfon dolen i’r cyfeiriad e-bost hwnnw. Mae’n gweithio unwaith, o fewn 15 munud.',
  'return.emailLink.notCome':
    'Os na ddaw dim, gwiriwch eich cyfeirnod a’ch cyfeiriad e-bost a rhowch gynnig arall arni, neu defnyddiwch eich cod dychwelyd.',
  'return.emailLink.withCode': 'Mewngofnodi gyda’ch cyfeirnod a’ch cod dychwelyd',
  'return.link.intro': 'Dewiswch Parhau i ddod yn ôl at yr hyn a anfonoch.',
  'return.link.wrong':
    'Mae’r ddolen hon wedi’i defnyddio, wedi dod i ben neu nid yw’n gywir. Gofynnwch am un newydd, neu mewngofnodwch gyda’ch cyfeirnod a’ch cod dychwelyd.',
  'return.link.askAgain': 'Anfonwch ddolen newydd ataf',
  'return.linkEmail.subject': 'Eich dolen ar gyfer cyfeirnod {reference}',
  'return.linkEmail.heading': 'Eich dolen',
  'return.linkEmail.asked': 'Gwnaethoch ofyn am ddolen i ddod yn ôl at eich neges, cyfeirnod {reference}.',
  'return.linkEmail.use': 'Defnyddiwch y ddolen hon o fewn {minutes} munud:',
  'return.linkEmail.once':
    'Mae’n gweithio unwaith. Peidiwch ag anfon yr e-bost hwn ymlaen: gallai unrhyw un sydd â’r ddolen ei defnyddio cyn i chi wneud.',
  'return.linkEmail.notYou':
    'Os na wnaethoch ofyn am ddolen, nid oes angen i chi wneud dim. Bydd yn peidio â gweithio ar ôl {minutes} munud.',
  'return.notOffered': 'Ni allwch wneud hyn ar-lein ar gyfer yr adroddiad hwn. Cysylltwch â ni yn lle hynny.',

  // Slice 21-team: the person's Case Review notice email.
  'caseReviewEmail.heading': 'Gallwch ofyn am adolygiad',
  'caseReviewEmail.thanks': 'Diolch am roi rhagor o wybodaeth i ni. Eich cyfeirnod yw {reference}.',
  'caseReviewEmail.what':
    'Os ydych wedi dweud wrthym am broblem fwy nag unwaith mewn chwe mis ac yn teimlo nad yw wedi cael sylw, gallwch ofyn am adolygiad o’r ffordd yr ymdriniwyd â hi. Yr enw ar hyn yw Adolygiad Achos Ymddygiad Gwrthgymdeithasol.',
  'caseReviewEmail.link': 'Dysgwch beth ydyw a sut i ofyn am un: {link}',
  // Slice 23-case-review: the ASB Case Review application (English in functions/forms/case-review.ts).
  'case-review.title': 'Gwneud cais am Adolygiad Achos YGG',
  'case-review.noun': 'cais am Adolygiad Achos YGG',
  'case-review.description':
    'Os ydych wedi cwyno am ymddygiad gwrthgymdeithasol a’ch bod yn teimlo nad oes dim wedi newid, gallwch ofyn i’r cyngor, yr heddlu, gwasanaethau iechyd a darparwyr tai adolygu eich achos gyda’i gilydd.',
  'case-review.contact.whenEmailed':
    'Dim ond os gwnaethoch ofyn am un a dweud bod e-bost yn ffordd ddiogel o gysylltu â chi y byddwn yn anfon e-bost cadarnhau.',
  'case-review.whatHappensNext.1':
    'Byddwn yn cydnabod eich cais o fewn {days}, yn y ffyrdd y dywedoch eu bod yn ddiogel.',
  'case-review.whatHappensNext.2':
    'Byddwn yn ei anfon at y cyngor, yr heddlu, gwasanaethau iechyd a darparwyr tai, ac yn dweud wrthych a yw’n cyrraedd y trothwy ar gyfer adolygiad, a pham.',
  'case-review.whatHappensNext.3':
    'Os bydd adolygiad, byddwn yn dweud wrthych beth mae’n ei benderfynu a beth sy’n digwydd nesaf.',
  'case-review.seeAlso.text':
    'I weld faint o geisiadau rydym wedi’u cael a faint a arweiniodd at adolygiad, darllenwch ',
  'case-review.seeAlso.link.text': 'ffigurau’r Adolygiad Achos YGG',
  'case-review.seeAlso.link.after': '.',
  'case-review.closingNote.text':
    'Os nad ydych yn hapus â’r ffordd yr ymdrinnir â’ch cais, mae’r llythyr sy’n rhoi’r canlyniad i chi yn dweud â phwy i gysylltu.',
  'case-review.sections.applicant.title': 'Pwy sy’n gwneud cais',
  'case-review.applicantType.label': 'Pwy sy’n gwneud cais?',
  'case-review.applicantType.errorName': 'pwy sy’n gwneud cais',
  'case-review.applicantType.options.victim': 'Fi yw’r person sy’n cael ei effeithio',
  'case-review.applicantType.options.on-behalf': 'Rwy’n gwneud cais ar ran rhywun arall, gyda’u cytundeb',
  'case-review.applicantType.options.group': 'Rwy’n gwneud cais ar ran busnes neu grŵp cymunedol',
  'case-review.victimName.label': 'Enw’r person sy’n cael ei effeithio',
  'case-review.victimName.errorName': 'enw’r person sy’n cael ei effeithio',
  'case-review.relationship.label': 'Sut ydych chi’n eu hadnabod?',
  'case-review.relationship.hint': 'Er enghraifft, eu merch, eu gweithiwr cymorth neu eu cynghorydd',
  'case-review.relationship.errorName': 'sut rydych yn eu hadnabod',
  'case-review.victimConsent.label': 'Eu cytundeb',
  'case-review.victimConsent.errorName': 'eu bod yn cytuno i chi wneud cais',
  'case-review.victimConsent.options.agrees':
    'Maen nhw’n cytuno i mi wneud cais ar eu rhan, ac i’r bartneriaeth gysylltu â nhw amdano',
  'case-review.groupName.label': 'Enw’r busnes neu’r grŵp',
  'case-review.groupName.errorName': 'enw’r busnes neu’r grŵp',
  'case-review.name.label': 'Eich enw',
  'case-review.name.errorName': 'eich enw',
  'case-review.address.label': 'Ble mae’r ymddygiad yn digwydd?',
  'case-review.address.hint': 'Y cyfeiriad neu’r lle, er enghraifft y fflat uwchben 14 Heol yr Orsaf',
  'case-review.address.errorName': 'ble mae’r ymddygiad yn digwydd',
  'case-review.safeWays.label': 'Sut mae’n ddiogel i ni gysylltu â chi?',
  'case-review.safeWays.hint':
    'Byddwn yn defnyddio’r ffyrdd a ddewiswch yn unig. Dewiswch bob un sy’n berthnasol.',
  'case-review.safeWays.errorName': 'o leiaf un ffordd ddiogel o gysylltu â chi',
  'case-review.safeWays.options.phone': 'Galwad ffôn',
  'case-review.safeWays.options.voicemail': 'Neges llais – gallwn adael neges',
  'case-review.safeWays.options.text': 'Neges destun',
  'case-review.safeWays.options.email': 'E-bost',
  'case-review.safeWays.options.letter': 'Llythyr',
  'case-review.phone.label': 'Rhif ffôn',
  'case-review.phone.hint': 'Ar gyfer rhifau rhyngwladol, rhowch y cod gwlad',
  'case-review.phone.errorName': 'eich rhif ffôn',
  'case-review.email.label': 'Cyfeiriad e-bost',
  'case-review.email.errorName': 'eich cyfeiriad e-bost',
  'case-review.wantsConfirmation.label': 'Ydych chi am gael e-bost cadarnhau?',
  'case-review.wantsConfirmation.hint':
    'Dim ond eich cyfeirnod y mae’n ei roi. Nid yw ei bwnc na’i anfonwr yn dweud pwy sy’n ei anfon na beth yw ei bwrpas, ac nid yw’n ailadrodd eich atebion.',
  'case-review.wantsConfirmation.errorName': 'a ydych am gael e-bost cadarnhau',
  'case-review.wantsConfirmation.options.yes': 'Ydw, anfonwch fy nghyfeirnod ataf drwy e-bost',
  'case-review.wantsConfirmation.options.no': 'Nac ydw',
  'case-review.postalAddress.label': 'Cyfeiriad post',
  'case-review.postalAddress.errorName': 'eich cyfeiriad post',
  'case-review.contactTimes.label': 'A oes adegau pan na ddylem gysylltu â chi?',
  'case-review.contactTimes.hint':
    'Er enghraifft, nid ar ôl 5pm, neu ar ddiwrnodau’r wythnos yn unig. Gadewch yn wag os yw unrhyw adeg yn iawn.',
  'case-review.contactTimes.errorName': 'yr adegau i’w hosgoi',
  'case-review.contactLanguage.label': 'Pa iaith ddylem ei defnyddio wrth gysylltu â chi?',
  'case-review.contactLanguage.hint':
    'Gallwn ysgrifennu a siarad yn Gymraeg neu yn Saesneg. Os na fyddwch yn dewis, byddwn yn defnyddio iaith y ffurflen hon.',
  'case-review.contactLanguage.errorName': 'yr iaith i gysylltu â chi ynddi',
  'case-review.contactLanguage.options.en': 'Saesneg (English)',
  'case-review.contactLanguage.options.cy': 'Cymraeg',
  'case-review.sections.complaints.title': 'Y cwynion rydych wedi’u gwneud',
  'case-review.sections.complaints.description':
    'Mae cwyn yn cyfrif os gwnaethoch hi o fewn mis i’r ymddygiad, a’ch bod yn gwneud cais o fewn chwe mis i’w gwneud. Dywedwch wrthym am bob un cystal ag y gallwch gofio: byddwn yn gwirio’r dyddiadau gyda’r cyngor, yr heddlu a darparwyr tai.',
  'case-review.complaintCount.label': 'Am faint o gwynion am yr ymddygiad hwn rydych am ddweud wrthym?',
  'case-review.complaintCount.hint':
    'Mae cwynion i’r cyngor, yr heddlu a darparwyr tai i gyd yn cyfrif. Dywedwch wrthym am hyd at 5.',
  'case-review.complaintCount.errorName': 'faint o gwynion rydych wedi’u gwneud',
  'case-review.complaintCount.options.1': '1',
  'case-review.complaintCount.options.2': '2',
  'case-review.complaintCount.options.3': '3',
  'case-review.complaintCount.options.4': '4',
  'case-review.complaintCount.options.5': '5 neu fwy',
  'case-review.complaint1Behaviour.label': 'Cwyn 1: pryd ddigwyddodd yr ymddygiad?',
  'case-review.complaint1Behaviour.hint':
    'Er enghraifft, 14 11 2026. Os digwyddodd dros sawl diwrnod, rhowch y diwrnod y gwnaethoch gwyno amdano. Os nad ydych yn siŵr, rhowch eich amcangyfrif gorau.',
  'case-review.complaint1Behaviour.errorName': 'dyddiad yr ymddygiad yng nghwyn 1',
  'case-review.complaint1Made.label': 'Cwyn 1: pryd wnaethoch chi gwyno?',
  'case-review.complaint1Made.errorName': 'y dyddiad y gwnaethoch gwyn 1',
  'case-review.complaint1To.label': 'Cwyn 1: at bwy wnaethoch chi gwyno?',
  'case-review.complaint1To.errorName': 'at bwy y gwnaethoch gwyn 1',
  'case-review.complaint1To.options.council': 'Y cyngor',
  'case-review.complaint1To.options.police': 'Yr heddlu',
  'case-review.complaint1To.options.housing': 'Darparwr tai neu landlord',
  'case-review.complaint1To.options.other': 'Rhywun arall',
  'case-review.complaint1Reference.label': 'Cwyn 1: eu cyfeirnod, os oes gennych un (dewisol)',
  'case-review.complaint1Reference.errorName': 'y cyfeirnod ar gyfer cwyn 1',
  'case-review.complaint1What.label': 'Cwyn 1: beth ddigwyddodd?',
  'case-review.complaint1What.errorName': 'beth ddigwyddodd yng nghwyn 1',
  'case-review.complaint2Behaviour.label': 'Cwyn 2: pryd ddigwyddodd yr ymddygiad?',
  'case-review.complaint2Behaviour.hint':
    'Er enghraifft, 14 11 2026. Os digwyddodd dros sawl diwrnod, rhowch y diwrnod y gwnaethoch gwyno amdano. Os nad ydych yn siŵr, rhowch eich amcangyfrif gorau.',
  'case-review.complaint2Behaviour.errorName': 'dyddiad yr ymddygiad yng nghwyn 2',
  'case-review.complaint2Made.label': 'Cwyn 2: pryd wnaethoch chi gwyno?',
  'case-review.complaint2Made.errorName': 'y dyddiad y gwnaethoch gwyn 2',
  'case-review.complaint2To.label': 'Cwyn 2: at bwy wnaethoch chi gwyno?',
  'case-review.complaint2To.errorName': 'at bwy y gwnaethoch gwyn 2',
  'case-review.complaint2To.options.council': 'Y cyngor',
  'case-review.complaint2To.options.police': 'Yr heddlu',
  'case-review.complaint2To.options.housing': 'Darparwr tai neu landlord',
  'case-review.complaint2To.options.other': 'Rhywun arall',
  'case-review.complaint2Reference.label': 'Cwyn 2: eu cyfeirnod, os oes gennych un (dewisol)',
  'case-review.complaint2Reference.errorName': 'y cyfeirnod ar gyfer cwyn 2',
  'case-review.complaint2What.label': 'Cwyn 2: beth ddigwyddodd?',
  'case-review.complaint2What.errorName': 'beth ddigwyddodd yng nghwyn 2',
  'case-review.complaint3Behaviour.label': 'Cwyn 3: pryd ddigwyddodd yr ymddygiad?',
  'case-review.complaint3Behaviour.hint':
    'Er enghraifft, 14 11 2026. Os digwyddodd dros sawl diwrnod, rhowch y diwrnod y gwnaethoch gwyno amdano. Os nad ydych yn siŵr, rhowch eich amcangyfrif gorau.',
  'case-review.complaint3Behaviour.errorName': 'dyddiad yr ymddygiad yng nghwyn 3',
  'case-review.complaint3Made.label': 'Cwyn 3: pryd wnaethoch chi gwyno?',
  'case-review.complaint3Made.errorName': 'y dyddiad y gwnaethoch gwyn 3',
  'case-review.complaint3To.label': 'Cwyn 3: at bwy wnaethoch chi gwyno?',
  'case-review.complaint3To.errorName': 'at bwy y gwnaethoch gwyn 3',
  'case-review.complaint3To.options.council': 'Y cyngor',
  'case-review.complaint3To.options.police': 'Yr heddlu',
  'case-review.complaint3To.options.housing': 'Darparwr tai neu landlord',
  'case-review.complaint3To.options.other': 'Rhywun arall',
  'case-review.complaint3Reference.label': 'Cwyn 3: eu cyfeirnod, os oes gennych un (dewisol)',
  'case-review.complaint3Reference.errorName': 'y cyfeirnod ar gyfer cwyn 3',
  'case-review.complaint3What.label': 'Cwyn 3: beth ddigwyddodd?',
  'case-review.complaint3What.errorName': 'beth ddigwyddodd yng nghwyn 3',
  'case-review.complaint4Behaviour.label': 'Cwyn 4: pryd ddigwyddodd yr ymddygiad?',
  'case-review.complaint4Behaviour.hint':
    'Er enghraifft, 14 11 2026. Os digwyddodd dros sawl diwrnod, rhowch y diwrnod y gwnaethoch gwyno amdano. Os nad ydych yn siŵr, rhowch eich amcangyfrif gorau.',
  'case-review.complaint4Behaviour.errorName': 'dyddiad yr ymddygiad yng nghwyn 4',
  'case-review.complaint4Made.label': 'Cwyn 4: pryd wnaethoch chi gwyno?',
  'case-review.complaint4Made.errorName': 'y dyddiad y gwnaethoch gwyn 4',
  'case-review.complaint4To.label': 'Cwyn 4: at bwy wnaethoch chi gwyno?',
  'case-review.complaint4To.errorName': 'at bwy y gwnaethoch gwyn 4',
  'case-review.complaint4To.options.council': 'Y cyngor',
  'case-review.complaint4To.options.police': 'Yr heddlu',
  'case-review.complaint4To.options.housing': 'Darparwr tai neu landlord',
  'case-review.complaint4To.options.other': 'Rhywun arall',
  'case-review.complaint4Reference.label': 'Cwyn 4: eu cyfeirnod, os oes gennych un (dewisol)',
  'case-review.complaint4Reference.errorName': 'y cyfeirnod ar gyfer cwyn 4',
  'case-review.complaint4What.label': 'Cwyn 4: beth ddigwyddodd?',
  'case-review.complaint4What.errorName': 'beth ddigwyddodd yng nghwyn 4',
  'case-review.complaint5Behaviour.label': 'Cwyn 5: pryd ddigwyddodd yr ymddygiad?',
  'case-review.complaint5Behaviour.hint':
    'Er enghraifft, 14 11 2026. Os digwyddodd dros sawl diwrnod, rhowch y diwrnod y gwnaethoch gwyno amdano. Os nad ydych yn siŵr, rhowch eich amcangyfrif gorau.',
  'case-review.complaint5Behaviour.errorName': 'dyddiad yr ymddygiad yng nghwyn 5',
  'case-review.complaint5Made.label': 'Cwyn 5: pryd wnaethoch chi gwyno?',
  'case-review.complaint5Made.errorName': 'y dyddiad y gwnaethoch gwyn 5',
  'case-review.complaint5To.label': 'Cwyn 5: at bwy wnaethoch chi gwyno?',
  'case-review.complaint5To.errorName': 'at bwy y gwnaethoch gwyn 5',
  'case-review.complaint5To.options.council': 'Y cyngor',
  'case-review.complaint5To.options.police': 'Yr heddlu',
  'case-review.complaint5To.options.housing': 'Darparwr tai neu landlord',
  'case-review.complaint5To.options.other': 'Rhywun arall',
  'case-review.complaint5Reference.label': 'Cwyn 5: eu cyfeirnod, os oes gennych un (dewisol)',
  'case-review.complaint5Reference.errorName': 'y cyfeirnod ar gyfer cwyn 5',
  'case-review.complaint5What.label': 'Cwyn 5: beth ddigwyddodd?',
  'case-review.complaint5What.errorName': 'beth ddigwyddodd yng nghwyn 5',
  'case-review.households.label':
    'Faint o aelwydydd sydd wedi cwyno am yr un ymddygiad, os ydych yn gwybod? (dewisol)',
  'case-review.households.hint': 'Rhif, er enghraifft 4. Cofiwch gynnwys eich aelwyd chi.',
  'case-review.households.errorName': 'faint o aelwydydd sydd wedi cwyno',
  'case-review.sections.harm.title': 'Y niwed a’i effaith',
  'case-review.behaviour.label': 'Beth yw’r ymddygiad, ac ers faint mae wedi bod yn digwydd?',
  'case-review.behaviour.errorName': 'beth yw’r ymddygiad',
  'case-review.hateMotivated.label': 'Ydych chi’n meddwl ei fod yn digwydd oherwydd pwy ydych chi?',
  'case-review.hateMotivated.hint':
    'Er enghraifft, oherwydd hil, crefydd, anabledd, cyfeiriadedd rhywiol neu hunaniaeth drawsryweddol (wedi’i gymell gan gasineb)',
  'case-review.hateMotivated.errorName': 'a ydych yn meddwl ei fod wedi’i gymell gan gasineb',
  'case-review.hateMotivated.options.yes': 'Ydw',
  'case-review.hateMotivated.options.no': 'Nac ydw',
  'case-review.hateMotivated.options.not-sure': 'Ddim yn siŵr',
  'case-review.impact.label': 'Sut mae’n effeithio arnoch chi a’r bobl rydych yn byw gyda nhw?',
  'case-review.impact.hint': 'Er enghraifft, ar gwsg, iechyd, gwaith, plant, neu deimlo’n ddiogel gartref',
  'case-review.impact.errorName': 'sut mae’n effeithio arnoch chi',
  'case-review.sections.putting-right.title': 'Beth yr hoffech ei weld yn digwydd',
  'case-review.hopedOutcome.label': 'Beth yr hoffech ei weld yn digwydd?',
  'case-review.hopedOutcome.errorName': 'beth yr hoffech ei weld yn digwydd',
  'case-review.takePart.label': 'Sut yr hoffech gymryd rhan yn yr adolygiad?',
  'case-review.takePart.hint': 'Gallwch newid eich meddwl yn nes ymlaen',
  'case-review.takePart.errorName': 'sut yr hoffech gymryd rhan',
  'case-review.takePart.options.in-person': 'Dod i’r cyfarfod adolygu wyneb yn wyneb',
  'case-review.takePart.options.online': 'Ymuno â’r cyfarfod adolygu ar-lein',
  'case-review.takePart.options.in-writing': 'Anfon fy marn yn ysgrifenedig',
  'case-review.takePart.options.not': 'Peidio â chymryd rhan: gadael i’r bartneriaeth adolygu hebof i',
  'case-review.sections.declarations.title': 'Cyn i chi anfon',
  'case-review.declarations.label': 'Cadarnhewch',
  'case-review.declarations.errorName': 'bob datganiad i gadarnhau',
  'case-review.declarations.options.accurate': 'Mae’r wybodaeth a roddais yn wir hyd eithaf fy ngwybodaeth',
  'case-review.declarations.options.shared':
    'Rwy’n deall y bydd y cais hwn yn cael ei rannu â’r cyngor, yr heddlu, gwasanaethau iechyd a darparwyr tai sy’n ei adolygu',
  'case-review.declarations.options.privacy': 'Rwyf wedi darllen yr hysbysiad preifatrwydd',
};

/** The static pages’ strings (catalogue/en.ts, enPages), apart so no function bundles them. */
export const cyPages: Readonly<Record<string, string>> = {
  // The start page and the page-not-found page.
  'home.title': 'Unioni pethau ar ôl niwed neu wrthdaro',
  'home.description':
    'Mae {service} yn helpu pobl sydd wedi’u niweidio gan drosedd, gwrthdaro neu ymddygiad gwrthgymdeithasol i gael eu clywed ac i unioni pethau.',
  'home.lead':
    'Mae tîm adferol {organisation} yn helpu pobl sydd wedi’u niweidio i gael eu clywed, i gael atebion ac i gytuno beth fyddai’n unioni pethau. Eich dewis chi yw cymryd rhan bob amser.',
  'home.whoFor': 'Ar gyfer pwy mae’r gwasanaeth hwn',
  'home.youCanUse': 'Gallwch ddefnyddio’r gwasanaeth hwn os ydych yn:',
  'home.who.1': 'rhywun sydd wedi’i niweidio gan drosedd, gwrthdaro neu ymddygiad gwrthgymdeithasol',
  'home.who.2':
    'aelod o’r teulu, ffrind neu gefnogwr sy’n gofyn ar ran rhywun arall, sy’n gwybod ac yn cytuno',
  'home.who.3':
    'weithiwr proffesiynol, fel swyddog heddlu, swyddog tai, gweithiwr cymdeithasol neu athro, sy’n atgyfeirio rhywun rydych yn ei gefnogi',
  'home.who.4': 'denant neu breswylydd sy’n cael problemau gyda chymydog',
  'home.who.5': 'rhywun sydd wedi cymryd rhan mewn cyfarfod adferol',
  'home.whatYouCanDo': 'Beth allwch chi ei wneud',
  'home.referral.text':
    'Os cawsoch eich niweidio gan drosedd neu wrthdaro, ac rydych am gael eich clywed gan y person sy’n gyfrifol neu gael atebion ganddyn nhw. Gallwch hefyd ofyn ar ran rhywun arall, gyda’u cytundeb, neu atgyfeirio rhywun rydych yn ei gefnogi yn eich gwaith.',
  'home.referral.action': 'Gofyn am gyfiawnder adferol',
  'home.nuisance.text':
    'Os yw sŵn, bygythiadau, aflonyddu, delio cyffuriau neu ymddygiad arall ger eich cartref yn effeithio arnoch chi neu’r bobl rydych yn byw gyda nhw.',
  'home.nuisance.action': 'Rhoi gwybod am broblem gyda chymydog',
  'home.feedback.text':
    'Os ydych wedi cymryd rhan mewn cyfarfod, cynhadledd neu gylch adferol, dywedwch wrthym sut aeth pethau. Nid oes rhaid i chi roi eich enw.',
  'home.feedback.action': 'Rhoi adborth',
  'home.howItWorks': 'Sut mae’n gweithio',
  'home.step.1':
    'Rydych yn dweud wrthym beth ddigwyddodd, pwy sydd wedi’u heffeithio a beth rydych yn gobeithio amdano. Mae’n cymryd tua 10 i 15 munud.',
  'home.step.2':
    'Mae hwylusydd hyfforddedig yn ei ddarllen ac yn cysylltu, dim ond yn y ffyrdd y dywedoch wrthym eu bod yn ddiogel.',
  'home.step.3':
    'Maen nhw’n siarad gyda chi, ac ar wahân gydag unrhyw un arall dan sylw, i wirio bod cymryd rhan yn ddiogel ac yn iawn i bawb.',
  'home.step.4':
    'Os yw pawb yn cytuno, rydych yn dewis sut i gymryd rhan: cyfarfod wyneb yn wyneb, neu drosglwyddo llythyrau, negeseuon neu recordiadau drwy’r hwylusydd.',
  'home.step.5': 'Gallwch newid eich meddwl neu roi’r gorau iddi unrhyw bryd, heb roi rheswm.',
  'home.findOutMore': 'Rhagor o wybodaeth am gyfiawnder adferol a’r hyn y mae cymryd rhan yn ei olygu',
  'home.stayingSafe': 'Cadw’n ddiogel',
  'home.privacy':
    'Dim ond yn y ffyrdd rydych yn eu dewis y byddwn yn cysylltu â chi. Darllenwch ein {link} i gael gwybod sut rydym yn defnyddio ac yn diogelu’r hyn rydych yn ei ddweud wrthym.',
  'home.privacyLink': 'hysbysiad preifatrwydd',
  'home.contactUs': 'Cysylltu â ni',
  'home.talk':
    'Os byddai’n well gennych siarad â rhywun, neu os oes angen help arnoch i ddefnyddio’r gwasanaeth hwn:',
  'notFound.title': 'Heb ddod o hyd i’r dudalen',
  'notFound.typed': 'Os gwnaethoch deipio’r cyfeiriad gwe, gwiriwch ei fod yn gywir.',
  'notFound.pasted': 'Os gwnaethoch ludo’r cyfeiriad gwe, gwiriwch eich bod wedi copïo’r cyfeiriad cyfan.',
  'notFound.goStart': 'fynd i ddechrau {service}',
  'notFound.contact': 'Gallwch {start}, neu gysylltu â ni ar {phone} ({hours}).',
  'tooMany.title': 'Gormod o geisiadau',
  'serviceProblem.contact': 'Gallwch gysylltu â ni ar {phone} ({hours}), neu {start}.',

  // Staying safe online.
  'safety.title': 'Cadw’n ddiogel ar-lein',
  'safety.description':
    'Sut mae Gadael y dudalen hon yn gweithio, beth nad yw’n ei wneud, a sut i ddefnyddio pori preifat a chlirio hanes eich porwr.',
  'safety.lead':
    'Os oes rhywun arall yn defnyddio neu’n gwirio eich ffôn, eich llechen neu eich cyfrifiadur, efallai y gallan nhw weld pa wefannau rydych wedi ymweld â nhw. Mae’r dudalen hon yn esbonio sut i leihau’r risg honno.',
  'safety.exitHeading': 'Gadael y dudalen hon',
  'safety.exitText':
    'Mae gan dudalennau am roi gwybod am niwed fotwm {exit}. Dewiswch ef, neu pwyswch y fysell Shift 3 gwaith, i adael ar unwaith. Caiff y dudalen ei chuddio ar unwaith a bydd gwefan {site} yn agor yn ei lle.',
  'safety.exitWarning':
    'Nid yw Gadael y dudalen hon yn dileu hanes eich porwr. Mae’r tudalennau y gwnaethoch ymweld â nhw ar y wefan hon yno o hyd, a gallai rhywun ddefnyddio’r botwm yn ôl i fynd yn ôl iddyn nhw.',
  'safety.shiftLoaded':
    'Dim ond os yw’r dudalen wedi gorffen llwytho y mae pwyso Shift 3 gwaith yn gweithio.',
  'safety.privateHeading': 'Defnyddio pori preifat',
  'safety.privateText':
    'Nid yw ffenestr breifat yn cadw eich hanes ar ôl i chi ei chau. Dyma’r ffordd fwyaf diogel o ddefnyddio’r wefan hon. Caewch y ffenestr breifat pan fyddwch wedi gorffen.',
  'safety.private.chrome':
    'Agorwch y ddewislen (tri dot) a dewiswch New Incognito window. Ar gyfrifiadur gallwch bwyso Ctrl, Shift ac N gyda’i gilydd (Command, Shift ac N ar Mac).',
  'safety.private.safariIos': 'Tapiwch y botwm tabiau, yna Private.',
  'safety.private.safariMac': 'Yn newislen File, dewiswch New Private Window.',
  'safety.private.firefox':
    'Agorwch y ddewislen (tair llinell) a dewiswch New private window, neu pwyswch Ctrl, Shift a P gyda’i gilydd.',
  'safety.private.edge':
    'Agorwch y ddewislen (tri dot) a dewiswch New InPrivate window, neu pwyswch Ctrl, Shift ac N gyda’i gilydd.',
  'safety.private.samsung': 'Tapiwch y botwm tabiau, yna Turn on Secret mode.',
  'safety.clearHeading': 'Clirio hanes eich porwr',
  'safety.clearText':
    'Os na wnaethoch ddefnyddio ffenestr breifat, gallwch ddileu’r tudalennau y gwnaethoch ymweld â nhw. Gall dileu’r tudalennau o’r wefan hon yn unig fod yn llai amlwg na chlirio eich holl hanes, a allai gael ei sylwi gan rywun.',
  'safety.clear.chrome':
    'Agorwch y ddewislen (tri dot), dewiswch History, yna History eto. Ticiwch y tudalennau rydych am eu dileu a dewiswch Delete. Neu pwyswch Ctrl, Shift a Delete gyda’i gilydd i ddileu popeth o gyfnod penodol.',
  'safety.clear.chromeAndroid':
    'Agorwch y ddewislen (tri dot) a dewiswch History. Tapiwch y groes wrth ymyl pob tudalen rydych am ei dileu, neu dewiswch Delete browsing data.',
  'safety.clear.safariIos':
    'Agorwch Safari, tapiwch eicon y llyfr, yna eicon y cloc. Llithrwch i’r chwith ar dudalen i’w dileu. I glirio popeth, ewch i Settings, yna Apps, Safari a Clear History and Website Data.',
  'safety.clear.safariMac':
    'Yn newislen History, dewiswch Show All History. Dewiswch y tudalennau rydych am eu dileu a phwyswch Delete.',
  'safety.clear.firefox':
    'Agorwch y ddewislen (tair llinell), dewiswch History, yna Manage history. De-gliciwch ar dudalen a dewiswch Delete page.',
  'safety.clear.edge':
    'Agorwch y ddewislen (tri dot) a dewiswch History. Dewiswch y tudalennau rydych am eu dileu a’u dileu. Neu pwyswch Ctrl, Shift a Delete gyda’i gilydd.',
  'safety.browser.chromeComputer': 'Chrome ar gyfrifiadur',
  'safety.browser.chromeAndroid': 'Chrome ar Android',
  'safety.browser.safariIos': 'Safari ar iPhone neu iPad',
  'safety.browser.safariMac': 'Safari ar Mac',
  'safety.contactHeading': 'E-byst, negeseuon testun a galwadau gennym ni',
  'safety.contactText':
    'Dim ond yn y ffyrdd y dywedwch wrthym eu bod yn ddiogel y byddwn yn cysylltu â chi, ar yr adegau y dywedwch wrthym. Dewiswch e-bost neu neges destun dim ond os nad oes neb arall yn darllen eich negeseuon. Mae e-byst gennym yn dod o {sender}: gallwch eu dileu ar ôl eu darllen.',
  'safety.dangerHeading': 'Os ydych mewn perygl',
  'safety.dangerText':
    'Os ydych mewn perygl uniongyrchol, ffoniwch {emergency}. Os byddwch yn ffonio {emergency} o ffôn symudol ac yn methu siarad, gwrandewch ar y cwestiynau, yna pwyswch 55 pan ofynnir i chi. Mae hyn yn dweud wrth y gweithredwr bod angen yr heddlu arnoch.',
  'safety.nonEmergency': 'I roi gwybod am drosedd nad yw’n argyfwng, ffoniwch {nonEmergency}.',

  // What restorative justice is.
  'about.title': 'Beth yw cyfiawnder adferol',
  'about.description':
    'Beth yw cyfiawnder adferol ac arfer adferol, y ffyrdd o gymryd rhan, a beth sy’n digwydd ar ôl i chi gysylltu.',
  'about.lead':
    'Mae cyfiawnder adferol yn rhoi cyfle i bobl sydd wedi’u niweidio gan drosedd neu wrthdaro gyfathrebu â’r person sy’n gyfrifol, fel y gellir deall y niwed a’i unioni, cyn belled ag y bo modd.',
  'about.practiceHeading': 'Arfer adferol a chyfiawnder adferol',
  'about.practiceTerm': 'Arfer adferol',
  'about.practice':
    'yw ffordd o weithio gyda phobl, yn hytrach na gwneud pethau iddyn nhw neu ar eu rhan. Mae ysgolion, darparwyr tai, cartrefi plant, carchardai a thimau cymunedol yn ei ddefnyddio bob dydd i feithrin perthnasoedd da ac i ddatrys problemau’n gynnar, cyn iddyn nhw dyfu.',
  'about.justiceTerm': 'Cyfiawnder adferol',
  'about.justice':
    'yw’r rhan sy’n digwydd ar ôl i rywun gael ei niweidio. Mae’r person a gafodd ei niweidio a’r person sy’n gyfrifol yn siarad am yr hyn a ddigwyddodd, gyda hwylusydd hyfforddedig. Mae’n ymwneud â chyfrifoldeb ac unioni, nid ennill neu golli.',
  'about.questionsHeading': 'Y cwestiynau adferol',
  'about.questionsIntro': 'Mae pob sgwrs adferol wedi’i hadeiladu o gwmpas tri chwestiwn:',
  'about.question.1': 'Beth ddigwyddodd?',
  'about.question.2': 'Pwy sydd wedi’u heffeithio, a sut?',
  'about.question.3': 'Beth sydd angen digwydd i unioni pethau?',
  'about.sameOrder': 'Mae ein ffurflenni’n gofyn am bethau yn yr un drefn.',
  'about.waysHeading': 'Ffyrdd o gymryd rhan',
  'about.waysIntro': 'Mae’r hwylusydd yn eich helpu i ddewis y ffordd sy’n addas i chi. Gall fod yn:',
  'about.way.1.term': 'sgwrs adferol',
  'about.way.1': 'sgwrs anffurfiol gyda hwylusydd, a ddefnyddir yn aml ar gyfer gwrthdaro bob dydd',
  'about.way.2.term': 'cynhadledd adferol',
  'about.way.2':
    'cyfarfod wedi’i gynllunio ar gyfer niwed mwy difrifol, lle mae pawb wedi paratoi gyda’r hwylusydd ac yn gallu dod â rhywun i’w cefnogi',
  'about.way.3.term': 'cylch adferol',
  'about.way.3':
    'grŵp, fel cymdogion neu breswylwyr a staff, lle mae pob person yn siarad yn ei dro a phawb yn gyfartal',
  'about.way.4.term': 'cynhadledd grŵp teulu',
  'about.way.4': 'cyfarfod lle mae teulu’n gwneud cynllun gyda’i gilydd, gyda chymorth',
  'about.way.5.term': 'cyfathrebu anuniongyrchol',
  'about.way.5':
    'llythyrau, negeseuon neu sain neu fideo wedi’u recordio a drosglwyddir gan yr hwylusydd, os nad ydych am gyfarfod',
  'about.choiceHeading': 'Eich dewis chi yw hyn, a rhaid iddo fod yn ddiogel',
  'about.choice.1':
    'Mae cymryd rhan yn wirfoddol i bawb. Gallwch roi’r gorau iddi unrhyw bryd, heb roi rheswm.',
  'about.choice.2':
    'Mae’r hwylusydd yn cyfarfod â phob person ar wahân yn gyntaf, i wirio ei fod yn ddiogel ac yn iawn i bawb. Os nad yw, nid yw’n mynd yn ei flaen.',
  'about.choice.3': 'Ni fydd neb yn cael gwybod eich bod wedi cysylltu oni bai eich bod yn cytuno.',
  'about.choice.4': 'Gallwch ddod â rhywun i’ch cefnogi.',
  'about.choice.5':
    'Os oes ymchwiliad gan yr heddlu neu achos llys yn dal i fynd rhagddo, efallai y bydd yn rhaid i gyfiawnder adferol aros. Mae’r hwylusydd yn cytuno ar yr amseru gyda’r heddlu neu’r llys, fel nad effeithir ar yr achos.',
  'about.choice.6': 'Nid yw’n disodli’r broses gyfiawnder nac yn cymryd unrhyw un o’ch hawliau oddi arnoch.',
  'about.afterHeading': 'Beth sy’n digwydd ar ôl i chi gysylltu',
  'about.after.1':
    'Mae hwylusydd yn darllen yr hyn a anfonoch ac yn cysylltu â chi, dim ond yn y ffyrdd y dywedoch eu bod yn ddiogel.',
  'about.after.2':
    'Maen nhw’n siarad gyda chi am yr hyn a ddigwyddodd, sut mae wedi effeithio arnoch a beth rydych yn gobeithio amdano.',
  'about.after.3':
    'Os ydych am fynd yn eich blaen, maen nhw’n cysylltu â’r bobl eraill dan sylw ac yn paratoi pawb.',
  'about.after.4':
    'Rydych yn cymryd rhan yn y ffordd rydych wedi’i dewis, gyda’r hwylusydd yno drwy’r amser.',
  'about.after.5':
    'Wedyn, mae’r hwylusydd yn cysylltu â chi i weld sut rydych ac yn mynd ar drywydd unrhyw beth a gytunwyd.',
  'about.whereHeading': 'Ble mae’n cael ei ddefnyddio',
  'about.where':
    'Defnyddir dulliau adferol ar ôl troseddau, mewn anghydfodau rhwng cymdogion ac mewn tai â chymorth, mewn ysgolion a chartrefi plant, mewn carchardai a chyfiawnder ieuenctid, ac mewn cwynion am wasanaethau iechyd neu’r heddlu. Mewn arolygon, mae’r rhan fwyaf o bobl a gafodd eu niweidio ac a gymerodd ran yn dweud y bydden nhw’n ei argymell i eraill yn eu sefyllfa.',
  'about.causedHarm': 'Os gwnaethoch achosi niwed ac eisiau ei unioni',
  'about.causedHarmText':
    'Cysylltwch â ni dros y ffôn neu e-bost, neu gofynnwch i’r gweithiwr sy’n eich cefnogi (er enghraifft, swyddog cyfiawnder ieuenctid neu brawf) eich atgyfeirio. Bydd hwylusydd yn siarad gyda chi am yr hyn sy’n bosibl.',
  'about.getInTouch': 'Cysylltu',
  'about.orContact': 'Neu cysylltwch â {service}:',

  // The privacy notice and the accessibility statement.
  'privacy.title': 'Hysbysiad preifatrwydd',
  'privacy.description': 'Sut mae {organisation} yn defnyddio’r wybodaeth rydych yn ei rhoi i {service}.',
  'privacy.lead':
    'Mae’r hysbysiad hwn yn esbonio beth mae {service} yn ei wneud â’r wybodaeth rydych yn ei rhoi i ni, pam, am ba hyd, a’ch hawliau.',
  'privacy.whoHeading': 'Pwy ydym ni',
  'privacy.who':
    'Mae {organisation} yn rhedeg {service}. {controller} yw’r rheolydd data ar gyfer yr wybodaeth rydych yn ei rhoi iddo. Gallwch gysylltu â ni drwy {email} neu ar {phone}.',
  'privacy.dpo': 'Gallwch gysylltu â’n swyddog diogelu data drwy {dpoEmail}.',
  'privacy.dpoPhone': 'Gallwch gysylltu â’n swyddog diogelu data drwy {dpoEmail} neu ar {dpoPhone}.',
  'privacy.icoRegistration':
    'Mae {controller} wedi’i gofrestru gyda Swyddfa’r Comisiynydd Gwybodaeth, rhif {number}.',
  'privacy.collectHeading': 'Beth rydym yn ei gasglu',
  'privacy.collectIntro':
    'Dim ond yr hyn rydych yn dewis ei ddweud wrthym yn ein ffurflenni rydym yn ei gasglu:',
  'privacy.collect.1':
    'eich enw neu enw’r person y mae atgyfeiriad ar ei gyfer, a grŵp oedran ac ardal y person',
  'privacy.collect.2':
    'y ffyrdd y mae’n ddiogel cysylltu â chi, a’r manylion cyswllt ar gyfer y ffyrdd hynny yn unig',
  'privacy.collect.3': 'beth ddigwyddodd, sut mae wedi effeithio ar bobl a beth rydych yn gobeithio amdano',
  'privacy.collect.4':
    'manylion unrhyw anghenion cymorth, unrhyw asiantaethau eraill sy’n ymwneud â’r mater, ac unrhyw ran y mae’r heddlu neu lys wedi’i chael',
  'privacy.collect.5':
    'eich barn am gyfarfod adferol, os byddwch yn rhoi adborth (nid oes rhaid i chi roi eich enw)',
  // Slice 22-evidence: files in the privacy notice.
  'privacy.collect.6': 'unrhyw luniau, recordiadau neu ddogfennau rydych yn dewis eu hanfon gyda ffurflen',
  'privacy.files':
    'Cyn i unrhyw un weld llun rydych yn ei anfon, rydym yn ei gadw eto heb y manylion y mae ffôn neu gamera yn eu hysgrifennu ynddo, gan gynnwys ble cafodd ei dynnu. Dim ond y dyddiad a’r amser y mae’r llun yn dweud iddo gael ei dynnu rydym yn eu cadw, oherwydd gall hynny fod yn bwysig fel tystiolaeth. Rydym hefyd yn cadw ôl bys o’r ffeil fel y gwnaethoch ei hanfon (hash SHA-256), er mwyn gallu dangos nad yw wedi’i newid. Mae pob ffeil yn cael ei gwirio am feirysau, ac ni fydd ffeil sy’n methu byth yn cael ei dangos i neb. Caiff ffeiliau eu cadw a’u dileu gyda gweddill yr hyn a anfonwyd gennych. Rydym yn cadw recordiadau a dogfennau fel y gwnaethoch eu hanfon: gall un gynnwys manylion fel pwy a’i gwnaeth neu, ar gyfer rhai recordiadau, ble. Os yw hynny’n bwysig, anfonwch lun neu lun sgrin yn lle hynny.',
  'privacy.specialCategory':
    'Gall peth o hyn fod yn ddata categori arbennig, fel gwybodaeth am iechyd, anabledd, hil, crefydd neu rywioldeb, a gall peth ohono ymwneud â throseddau neu droseddau honedig.',
  'privacy.noTracking':
    'Nid ydym yn defnyddio cwcis, dadansoddeg nac unrhyw fath o olrhain, ac nid yw’r wefan yn llwytho dim gan gwmnïau eraill.',
  'privacy.noIp':
    'Nid ydym yn cadw eich cyfeiriad IP (y rhif sy’n adnabod eich cysylltiad â’r rhyngrwyd). I atal ffurflen rhag cael ei hanfon ddwywaith drwy gamgymeriad, rydym yn cadw cod wedi’i sgramblo, wedi’i wneud o’ch cyfeiriad IP, eich porwr a’ch atebion, am ddiwrnod ar y mwyaf. Caiff ei wneud ag allwedd gyfrinachol, felly ni ellir ei droi’n ôl yn eich cyfeiriad IP, ac nid yw’n cael ei gadw gyda’r hyn a anfonwyd gennych.',
  'privacy.whyHeading': 'Pam rydym yn ei defnyddio',
  'privacy.why.1':
    'i benderfynu, gyda chi, a yw cyfiawnder adferol neu fath arall o help yn iawn ac yn ddiogel',
  'privacy.why.2':
    'i gysylltu â chi yn y ffyrdd rydych wedi’u dewis a threfnu unrhyw gyfarfod neu gyfathrebu',
  'privacy.why.3': 'i ddelio â niwsans gan gymdogion ac ymddygiad gwrthgymdeithasol',
  'privacy.why.4': 'i amddiffyn unrhyw un sydd mewn perygl o niwed',
  'privacy.why.5':
    'i wella ein gwasanaethau ac adrodd arnynt, gan ddefnyddio ffigurau nad oes modd adnabod neb ohonynt',
  'privacy.lawfulHeading': 'Ein sail gyfreithlon',
  'privacy.lawful.publicTask':
    'Rydym yn defnyddio eich gwybodaeth am fod ei hangen i gyflawni tasg er budd y cyhoedd, o dan Erthygl 6(1)(e) GDPR y DU (tasg gyhoeddus). Mae cymryd rhan mewn cyfiawnder adferol yn wirfoddol, ond nid cydsyniad yw ein sail gyfreithlon.',
  'privacy.lawful.legitimateInterests':
    'Rydym yn defnyddio eich gwybodaeth am fod ei hangen ar gyfer ein buddiannau dilys wrth gynnig cyfiawnder adferol a delio â’r problemau y mae pobl yn eu hadrodd i ni, o dan Erthygl 6(1)(f) GDPR y DU (buddiannau dilys). Rydym wedi gwirio nad yw eich hawliau yn drech na’r buddiannau hyn. Mae cymryd rhan yn wirfoddol.',
  'privacy.lawful.consent':
    'Rydym yn defnyddio eich gwybodaeth am eich bod wedi rhoi eich cydsyniad, o dan Erthygl 6(1)(a) GDPR y DU (cydsyniad). Gallwch dynnu eich cydsyniad yn ôl unrhyw bryd drwy gysylltu â ni; nid yw hyn yn effeithio ar yr hyn a wnaethom cyn i chi ei dynnu’n ôl.',
  'privacy.lawful.specialConsent':
    'Ar gyfer data categori arbennig rydym yn dibynnu ar eich cydsyniad penodol, o dan Erthygl 9(2)(a) GDPR y DU, a roddwch pan fyddwch yn anfon y ffurflen. Pan fydd rhywun mewn perygl o niwed difrifol, gallwn hefyd ddibynnu ar Erthygl 9(2)(g), gyda’r amodau diogelu yn Atodlen 1 i Ddeddf Diogelu Data 2018.',
  'privacy.lawful.crimeConsent':
    'Ar gyfer gwybodaeth am droseddau neu droseddau honedig rydym yn dibynnu ar Erthygl 10 GDPR y DU, gyda’ch cydsyniad (paragraff 29 o Atodlen 1 i Ddeddf Diogelu Data 2018) neu, pan fydd rhywun mewn perygl, yr amodau diogelu yn yr Atodlen honno.',
  'privacy.lawful.special':
    'Ar gyfer data categori arbennig rydym yn dibynnu ar Erthygl 9(2)(g) GDPR y DU (rhesymau o fudd sylweddol i’r cyhoedd), gyda’r amodau yn Atodlen 1 i Ddeddf Diogelu Data 2018, fel dibenion statudol a llywodraethol a diogelu plant a phobl sydd mewn perygl.',
  'privacy.lawful.crime':
    'Ar gyfer gwybodaeth am droseddau neu droseddau honedig rydym yn dibynnu ar Erthygl 10 GDPR y DU, gyda’r amodau yn Atodlen 1 i Ddeddf Diogelu Data 2018.',
  'privacy.whoSeesHeading': 'Pwy sy’n ei gweld',
  'privacy.whoSeesIntro': 'Dim ond i’r tîm sy’n delio ag ef y mae’r hyn rydych yn ei anfon yn mynd.',
  'privacy.whoSeesCaption': 'Pa dîm sy’n gweld yr hyn y mae pob ffurflen yn ei anfon',
  'privacy.whoSeesTeam': 'Tîm',
  'privacy.sharing':
    'Nid ydym yn rhannu’r hyn rydych yn ei ddweud wrthym â’r person sy’n gyfrifol, nac â’ch cymydog, heb eich cytundeb. Dim ond pan fydd y gyfraith yn gofyn am hynny, neu i amddiffyn rhywun rhag niwed difrifol, y byddwn yn ei rannu ag eraill, fel yr heddlu neu’r gwasanaethau cymdeithasol.',
  'privacy.safeHeading': 'Sut rydym yn ei chadw’n ddiogel',
  'privacy.safe':
    'Caiff eich gwybodaeth ei hanfon dros gysylltiad wedi’i amgryptio a’i storio wedi’i hamgryptio, ar weinyddion {place}. Dim ond staff y tîm sy’n delio â hi sy’n gallu ei darllen: maen nhw’n mewngofnodi i weithle diogel, a phob tro y bydd rhywun yn agor yr hyn a anfonwyd gennych, caiff pwy a phryd eu cofnodi.',
  'privacy.place.uk': 'yn y DU',
  'privacy.place.region': 'yn rhanbarth {region} Amazon Web Services',
  'privacy.notEmailed':
    'Nid yw eich atebion yn cael eu hanfon drwy e-bost. Mae’r tîm yn cael e-bost yn dweud bod rhywbeth wedi cyrraedd, gyda’i gyfeirnod a heb yr atebion.',
  'privacy.emailedIntro':
    'Ar gyfer y ffurflenni hyn, caiff eich atebion eu hanfon at y tîm drwy e-bost hefyd:',
  'privacy.emailedKept':
    'Mae’r negeseuon e-bost hynny’n aros ym mlwch post y tîm o dan bolisi cofnodion {organisation}, ac nid ydynt yn cael eu dileu’n awtomatig gyda’r gweddill.',
  'privacy.keepHeading': 'Am ba hyd rydym yn ei chadw',
  'privacy.keepCaption': 'Am ba hyd rydym yn cadw’r hyn y mae pob ffurflen yn ei anfon',
  'privacy.keepForm': 'Ffurflen',
  'privacy.keepAfter': 'Rydym yn ei dileu ar ôl',
  'privacy.keepStarts':
    'Mae’r cyfnod yn dechrau pan fyddwch yn anfon y ffurflen, ac mae’r dileu’n awtomatig. Caiff cofnod o bwy a’i hagorodd a phryd ei gadw am {period} yn hwy, heb eich atebion. Os bydd y tîm yn agor achos gyda chi, caiff cofnodion yr achos eu cadw o dan bolisi cofnodion {organisation}.',
  'privacy.backup':
    'Fel nad oes dim yn cael ei golli drwy gamgymeriad, mae’r gronfa ddata’n cadw copi wrth gefn parhaus o’r 35 diwrnod diwethaf. Mae’r hyn sy’n cael ei ddileu, naill ai ar ddiwedd y cyfnod uchod neu am eich bod wedi gofyn, yn gadael y copi wrth gefn hwnnw 35 diwrnod yn ddiweddarach.',
  'privacy.counts':
    'Pan fyddwn yn dileu’r hyn a anfonoch, ar ddiwedd y cyfnod uchod neu am eich bod wedi gofyn, mae un peth yn aros: caiff ei gyfrif, gyda phob ffurflen arall o’r un math a anfonwyd at yr un tîm yn yr un mis, yn y ffigurau rydym yn eu hadrodd (er enghraifft “5 wedi dod i law ym mis Tachwedd: 4 wedi’u cau, 1 wedi tynnu’n ôl”). Dim ond y ffurflen, y tîm, y mis, pa mor bell yr aeth yr achos, pham y cafodd ei gau ac a wnaeth Adolygiad Achos YGG argymhellion y mae’r cyfrif yn eu cadw: dim cyfeirnod, enw, ateb na dyddiad manylach na’r mis. Nid yw’n dweud pwy ydych chi, ac rydym yn ei gadw fel bod ffigurau mis, fel y rhai a roddir i gyllidwyr, yn aros yr un fath pan edrychir arnynt eto.',
  'privacy.rightsHeading': 'Eich hawliau',
  'privacy.rightsIntro': 'Mae gennych hawl i:',
  'privacy.rights.1': 'ofyn am gopi o’r wybodaeth sydd gennym amdanoch',
  'privacy.rights.2': 'ofyn i ni gywiro unrhyw beth sy’n anghywir',
  'privacy.rights.3': 'ofyn i ni ddileu eich gwybodaeth, neu gyfyngu ar sut rydym yn ei defnyddio',
  'privacy.rights.4': 'wrthwynebu sut rydym yn ei defnyddio',
  'privacy.rightsHow':
    'I arfer unrhyw un o’r hawliau hyn, cysylltwch â ni drwy {email}. Byddwn yn ateb o fewn mis.',
  'privacy.complaintsHeading': 'Cwynion',
  'privacy.complaints':
    'Os ydych yn anhapus â’r ffordd rydym wedi defnyddio eich gwybodaeth, cysylltwch â ni yn gyntaf. Gallwch hefyd gwyno i Swyddfa’r Comisiynydd Gwybodaeth (ICO) yn {ico}.',
  'accessibility.title': 'Datganiad hygyrchedd',
  'accessibility.description': 'Datganiad hygyrchedd ar gyfer {service}.',
  'accessibility.appliesTo':
    'Mae’r datganiad hwn yn berthnasol i wefan {service} yn {site}. {organisation} sy’n rhedeg y wefan.',
  'accessibility.wantIntro':
    'Rydym eisiau i gynifer o bobl â phosibl allu defnyddio’r wefan hon. Dylech allu:',
  'accessibility.can.1':
    'newid lliwiau, lefelau cyferbyniad a ffontiau drwy osodiadau eich porwr neu’ch dyfais',
  'accessibility.can.2': 'chwyddo hyd at 400% heb i’r testun fynd oddi ar y sgrin',
  'accessibility.can.3': 'defnyddio’r wefan gyfan, gan gynnwys pob ffurflen, gyda bysellfwrdd yn unig',
  'accessibility.can.4': 'defnyddio’r wefan gyda meddalwedd adnabod lleferydd',
  'accessibility.can.5': 'gwrando ar y wefan gyda darllenydd sgrin, fel JAWS, NVDA neu VoiceOver',
  'accessibility.can.6': 'llenwi ac anfon pob ffurflen heb JavaScript',
  'accessibility.simple': 'Rydym hefyd wedi gwneud y testun mor syml ag y gallwn.',
  'accessibility.howHeading': 'Pa mor hygyrch yw’r wefan hon',
  'accessibility.how':
    'Mae’r wefan wedi’i hadeiladu gyda System Dylunio GOV.UK, y mae ei chydrannau’n cael eu profi gyda phobl anabl a chyda thechnoleg gynorthwyol. Ei nod yw bodloni Canllawiau Hygyrchedd Cynnwys y We (WCAG) fersiwn 2.2 ar lefel AA.',
  'accessibility.testHeading': 'Sut rydym yn ei phrofi',
  'accessibility.testIntro':
    'Caiff pob newid i’r wefan ei brofi’n awtomatig cyn iddo gael ei gyhoeddi. Mae’r profion yn:',
  'accessibility.test.1':
    'gwirio pob tudalen, a phob ffurflen pan fydd yn dangos problemau, yn erbyn WCAG 2.2 AA gyda’r peiriant hygyrchedd axe',
  'accessibility.test.2':
    'llenwi ac anfon pob ffurflen gan ddefnyddio bysellfwrdd yn unig, gyda JavaScript ymlaen ac i ffwrdd',
  'accessibility.test.3': 'gwirio bod negeseuon gwall yn cael eu cyhoeddi ac yn arwain at y cwestiwn cywir',
  'accessibility.test.4': 'gwirio nad oes unrhyw dudalen yn sgrolio i’r ochr ar sgrin 320 picsel o led',
  'accessibility.test.5': 'gwirio pob tudalen yn Saesneg ac yn Gymraeg',
  'accessibility.testLimits':
    'Ni all profion awtomatig ddod o hyd i bob problem. Rydym yn bwriadu cynnal archwiliad annibynnol gyda defnyddwyr anabl, a byddwn yn diweddaru’r datganiad hwn pan fydd wedi’i wneud.',
  'accessibility.feedbackHeading': 'Adborth a gwybodaeth gyswllt',
  'accessibility.feedbackIntro':
    'Os byddwch yn dod o hyd i broblem, neu os oes angen gwybodaeth arnoch mewn fformat gwahanol fel print bras, hawdd ei ddeall, sain neu Braille, cysylltwch â ni:',
  'accessibility.feedbackEmail': 'anfonwch e-bost i {email}',
  'accessibility.feedbackCall': 'ffoniwch {phone} ({hours})',
  'accessibility.reply': 'Byddwn yn ateb o fewn 5 diwrnod gwaith.',
  'accessibility.enforcementHeading': 'Y weithdrefn orfodi',
  'accessibility.enforcement':
    'Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy’n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018. Os nad ydych yn hapus â’r ffordd rydym yn ymateb i’ch cwyn, cysylltwch â’r {eass}.',
  'accessibility.eass': 'Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)',
  'accessibility.complianceHeading': 'Statws cydymffurfio',
  'accessibility.compliance.full':
    'Mae’r wefan hon yn cydymffurfio’n llawn â safon AA fersiwn 2.2 y Canllawiau Hygyrchedd Cynnwys y We. Os byddwch yn dod o hyd i unrhyw beth nad yw’n gweithio i chi, rhowch wybod i ni.',
  'accessibility.compliance.partial':
    'Mae’r wefan hon yn cydymffurfio’n rhannol â safon AA fersiwn 2.2 y Canllawiau Hygyrchedd Cynnwys y We, oherwydd y materion a restrir isod. Os byddwch yn dod o hyd i unrhyw beth arall nad yw’n gweithio i chi, rhowch wybod i ni.',
  'accessibility.compliance.not':
    'Nid yw’r wefan hon yn cydymffurfio â safon AA fersiwn 2.2 y Canllawiau Hygyrchedd Cynnwys y We. Mae’r materion wedi’u rhestru isod. Os byddwch yn dod o hyd i unrhyw beth arall nad yw’n gweithio i chi, rhowch wybod i ni.',
  'accessibility.issuesHeading': 'Cynnwys nad yw’n hygyrch',
  'accessibility.issuesIntro': 'Nid yw’r cynnwys a restrir isod yn hygyrch, am y rhesymau hyn:',
  'accessibility.prepared':
    'Paratowyd y datganiad hwn ar {prepared}. Cafodd ei adolygu ddiwethaf ar {reviewed}.',
};
