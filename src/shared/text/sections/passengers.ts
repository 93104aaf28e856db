/** The passengers step (renderer features/booking/passengers): labels, the rules' messages, paste helpers. English first; the Chinese is typed against it, so no key can be missing. */
export const passengersEn = {
  title: 'Passengers',
  intro: 'Names and documents exactly as in each passport. Check everything before continuing: the airline refuses a name that does not match.',
  adult: 'Adult {{n}}',
  child: 'Child {{n}}',
  infant: 'Infant {{n}}',
  field: {
    surname: 'Surname',
    givenNames: 'Given names',
    sex: 'Sex',
    birthday: 'Date of birth',
    documentType: 'Document type',
    documentNumber: 'Document number',
    issuingCountry: 'Issuing country',
    nationality: 'Nationality',
    documentExpiry: 'Document expiry',
    accompaniedBy: 'Travels with'
  },
  hint: {
    name: 'Latin capitals, as in the passport',
    date: 'DD/MM/YYYY or YYYY-MM-DD'
  },
  choose: 'Choose…',
  sex: { F: 'Female', M: 'Male' },
  documentType: {
    PP: 'Passport',
    ID: 'Resident ID card (China, domestic flights)',
    GA: 'Travel permit to Hong Kong and Macau',
    TW: 'Travel permit to Taiwan',
    TB: 'Taiwan compatriot permit',
    HX: 'Home-return permit (Hong Kong, Macau)',
    HY: 'Foreign permanent resident ID (China)'
  },
  travelsWith: 'Adult {{n}}',
  travelsWithNamed: 'Adult {{n}}: {{name}}',
  rule: {
    nameRequired: 'Enter the name as it is in the passport.',
    nameLatin: 'Use Latin letters A–Z, with a space or hyphen between names, as in the passport.',
    nameLength: 'At most {{max}} characters.',
    sexRequired: 'Choose the sex shown in the passport.',
    birthdayRequired: 'Enter the date of birth.',
    dateFormat: 'Enter a date as DD/MM/YYYY (e.g. 15/06/1985) or YYYY-MM-DD.',
    birthdayFuture: 'A date of birth cannot be after {{date}}.',
    ageAdult: '{{age}} years old on {{date}} (the first flight): an adult is 12 or older. Check the date of birth, or search again with this passenger as a child.',
    ageChild: '{{age}} years old on {{date}} (the first flight): a child is 2 to 11. Check the date of birth, or search again with the right passenger type.',
    ageInfant: '{{age}} years old on {{date}} (the first flight): an infant is under 2. Check the date of birth, or search again with this passenger as a child.',
    infantTurnsTwo: 'Turns 2 on {{date}}, before the last flight: an infant must be under 2 on every flight. Book the flights after that day separately, with a seat.',
    documentTypeRequired: 'Choose the document type.',
    idDomesticOnly: 'The resident ID card is taken on flights within mainland China only: use a passport.',
    documentNumberRequired: 'Enter the document number.',
    idChecksum: 'The last character of this ID number does not match the others: check each digit.',
    countryRequired: 'Choose a country.',
    countryUnknown: 'Choose a country from the list.',
    expiryRequired: 'Enter the date the document expires.',
    expiryBeforeEnd: 'The document must be valid after the last flight ({{date}}).',
    expirySoon: 'Under 6 months left after the trip (valid until before {{date}}): many countries refuse entry with less. Check the destination’s rule.',
    linkRequired: 'Choose the adult this passenger travels with.',
    linkNotAdult: 'Choose an adult of this booking.',
    infantsExceedAdults: 'Only {{adults}} adults in this booking: each infant needs an adult of their own.',
    infantSharesAdult: 'Adult {{adult}} already travels with an infant: choose another adult.',
    childrenPerAdult: 'Adult {{adult}} already travels with 2 children: choose another adult.',
    shape: {
      PP: 'A passport number is 5 to 20 letters and digits, with at least one digit.',
      ID: 'A resident ID number is 18 characters: 17 digits, then a digit or X.',
      GA: 'A letter and 8 characters, e.g. C12345678.',
      TW: 'A letter and 8 digits, e.g. L12345678.',
      TB: '8 digits (10 on older permits).',
      HX: 'H or M and 8 digits (or 10), e.g. H12345678.',
      HY: '3 letters and 12 digits, or 18 characters starting with 9.'
    }
  },
  mrz: {
    label: 'Paste MRZ',
    hint: 'The two lines of 44 characters at the foot of the passport’s photo page.',
    filled: 'Filled from the MRZ. Check each field against the passport.',
    notPassport: 'This is not a passport MRZ: paste its two lines of 44 characters.',
    checkDigit: 'The MRZ check digit of the {{field}} does not match: the MRZ was mistyped or misread.',
    unreadable: 'The MRZ’s {{field}} cannot be read.',
    noCountry: 'The MRZ code {{code}} is not an ISO country: choose the {{field}} yourself.',
    part: {
      documentNumber: 'document number',
      birthday: 'date of birth',
      documentExpiry: 'document expiry',
      personalNumber: 'personal number',
      composite: 'second line',
      nationality: 'nationality',
      issuingCountry: 'issuing country',
      name: 'name',
      sex: 'sex',
      documentCode: 'document code'
    }
  },
  nameText: {
    label: 'Paste name (SURNAME/GIVEN)',
    split: 'Split name',
    unsplit: 'Write it SURNAME/GIVEN or Surname, Given.'
  },
  latin: {
    suggestion: 'Suggested Latin spelling: {{name}}',
    use: 'Use {{name}}',
    note: 'Check it against the passport: the passport’s spelling is the one that counts.'
  },
  contact: {
    legend: 'Agency contact',
    hint: 'Remembered for this profile when you continue.',
    name: 'Contact name',
    areaCode: 'Phone area code',
    phone: 'Phone number',
    email: 'Email',
    areaCodeHint: 'Country calling code, e.g. 65',
    invalid: {
      name: 'Enter the contact’s name (up to 100 characters).',
      areaCode: 'Enter the country calling code: 1 to 4 digits, e.g. 65.',
      phone: 'Enter 5 to 20 digits (spaces and hyphens allowed).',
      email: 'Enter an email address.'
    },
    saveFailed: 'The agency contact could not be remembered for this profile.',
    continueAnyway: 'Continue without remembering it'
  },
  continue: 'Continue',
  back: 'Back'
}

export const passengersZh: typeof passengersEn = {
  title: '乘客',
  intro: '姓名和证件须与护照完全一致。继续前请逐项核对：姓名不符，航空公司会拒载。',
  adult: '成人 {{n}}',
  child: '儿童 {{n}}',
  infant: '婴儿 {{n}}',
  field: {
    surname: '姓',
    givenNames: '名',
    sex: '性别',
    birthday: '出生日期',
    documentType: '证件类型',
    documentNumber: '证件号码',
    issuingCountry: '签发国家',
    nationality: '国籍',
    documentExpiry: '证件有效期',
    accompaniedBy: '同行成人'
  },
  hint: {
    name: '拉丁大写字母，与护照一致',
    date: 'YYYY-MM-DD'
  },
  choose: '请选择…',
  sex: { F: '女', M: '男' },
  documentType: {
    PP: '护照',
    ID: '居民身份证（仅限中国国内航班）',
    GA: '往来港澳通行证',
    TW: '往来台湾通行证',
    TB: '台湾居民来往大陆通行证（台胞证）',
    HX: '港澳居民来往内地通行证（回乡证）',
    HY: '外国人永久居留身份证'
  },
  travelsWith: '成人 {{n}}',
  travelsWithNamed: '成人 {{n}}：{{name}}',
  rule: {
    nameRequired: '请按护照填写姓名。',
    nameLatin: '请使用拉丁字母 A–Z，名字之间可用空格或连字符，与护照一致。',
    nameLength: '最多 {{max}} 个字符。',
    sexRequired: '请选择护照上的性别。',
    birthdayRequired: '请填写出生日期。',
    dateFormat: '请按 YYYY-MM-DD 填写日期（如 1985-06-15）。',
    birthdayFuture: '出生日期不能晚于 {{date}}。',
    ageAdult: '{{date}}（首个航班）时为 {{age}} 岁：成人须年满 12 岁。请核对出生日期，或将该乘客作为儿童重新搜索。',
    ageChild: '{{date}}（首个航班）时为 {{age}} 岁：儿童为 2 至 11 岁。请核对出生日期，或按正确的乘客类型重新搜索。',
    ageInfant: '{{date}}（首个航班）时为 {{age}} 岁：婴儿须未满 2 岁。请核对出生日期，或将该乘客作为儿童重新搜索。',
    infantTurnsTwo: '将于 {{date}} 满 2 岁，早于最后一个航班：婴儿在每个航班上都须未满 2 岁。请将该日之后的航班另行预订并购买座位。',
    documentTypeRequired: '请选择证件类型。',
    idDomesticOnly: '居民身份证仅适用于中国大陆境内航班：请使用护照。',
    documentNumberRequired: '请填写证件号码。',
    idChecksum: '该身份证号码的校验位与前面的数字不符：请逐位核对。',
    countryRequired: '请选择国家。',
    countryUnknown: '请从列表中选择国家。',
    expiryRequired: '请填写证件有效期。',
    expiryBeforeEnd: '证件须在最后一个航班（{{date}}）之后仍然有效。',
    expirySoon: '行程结束后有效期不足 6 个月（早于 {{date}} 到期）：许多国家会拒绝入境。请核对目的地的规定。',
    linkRequired: '请选择该乘客的同行成人。',
    linkNotAdult: '请选择本次预订中的一位成人。',
    infantsExceedAdults: '本次预订只有 {{adults}} 位成人：每位婴儿须由不同的成人陪同。',
    infantSharesAdult: '成人 {{adult}} 已陪同一位婴儿：请选择另一位成人。',
    childrenPerAdult: '成人 {{adult}} 已陪同 2 位儿童：请选择另一位成人。',
    shape: {
      PP: '护照号码为 5 至 20 位字母和数字，至少含一位数字。',
      ID: '身份证号码为 18 位：17 位数字，最后一位为数字或 X。',
      GA: '一个字母加 8 位字符，如 C12345678。',
      TW: '一个字母加 8 位数字，如 L12345678。',
      TB: '8 位数字（旧版为 10 位）。',
      HX: 'H 或 M 加 8 位数字（或 10 位），如 H12345678。',
      HY: '3 个字母加 12 位数字，或以 9 开头的 18 位字符。'
    }
  },
  mrz: {
    label: '粘贴 MRZ',
    hint: '护照资料页底部的两行机读码，每行 44 个字符。',
    filled: '已按 MRZ 填写。请逐项与护照核对。',
    notPassport: '这不是护照的 MRZ：请粘贴两行、每行 44 个字符的机读码。',
    checkDigit: 'MRZ 中{{field}}的校验位不符：MRZ 输入或识别有误。',
    unreadable: '无法读取 MRZ 中的{{field}}。',
    noCountry: 'MRZ 代码 {{code}} 不是 ISO 国家代码：请自行选择{{field}}。',
    part: {
      documentNumber: '证件号码',
      birthday: '出生日期',
      documentExpiry: '证件有效期',
      personalNumber: '个人号码',
      composite: '第二行',
      nationality: '国籍',
      issuingCountry: '签发国家',
      name: '姓名',
      sex: '性别',
      documentCode: '证件代码'
    }
  },
  nameText: {
    label: '粘贴姓名（SURNAME/GIVEN）',
    split: '拆分姓名',
    unsplit: '请写成 SURNAME/GIVEN 或 Surname, Given。'
  },
  latin: {
    suggestion: '建议的拼音拼写：{{name}}',
    use: '使用 {{name}}',
    note: '请与护照核对：以护照上的拼写为准。'
  },
  contact: {
    legend: '代理联系人',
    hint: '继续时为此账户保存。',
    name: '联系人姓名',
    areaCode: '电话区号',
    phone: '电话号码',
    email: '电子邮箱',
    areaCodeHint: '国家/地区代码，如 86',
    invalid: {
      name: '请填写联系人姓名（最多 100 个字符）。',
      areaCode: '请填写国家/地区代码：1 至 4 位数字，如 86。',
      phone: '请填写 5 至 20 位数字（可含空格和连字符）。',
      email: '请填写电子邮箱地址。'
    },
    saveFailed: '无法为此账户保存代理联系人。',
    continueAnyway: '不保存，继续'
  },
  continue: '继续',
  back: '返回'
}
