import type { Messages } from '../../messages.js';
import type en from '../en/validate.js';

export default {
  validate: {
    summary: '校验 XLIFF 2.x 的模式与全部处理要求，以及 XLIFF 1.x、TMX、TBX 的模式',
    usage: 'tmkit validate 文件...',
    options: {},
    unchecked: '{{file}}：{{format}}：此版本没有随附模式，只检查了格式良好性',
    result_one: '已检查 {{count}} 个文件：{{valid}} 个有效；发现问题 {{problems}} 处。',
    result_other: '已检查 {{count}} 个文件：{{valid}} 个有效；发现问题 {{problems}} 处。',
  },
  problems: {
    xml: '{{detail}}',
    format: '不是 XLIFF、TMX 或 TBX 文件',
    schema: '{{detail}}',
    'xliff-version': { notXliff2: '<{{element}}> 不在 XLIFF 2 命名空间中' },
    'language-tag': { languageTag: '{{attribute}}="{{value}}" 不是 BCP 47 语言标记' },
    language: {
      targetWithoutTrgLang: '文档没有 trgLang，却有 <target>',
      wrongLanguage: '<{{element}}> 的语言是“{{actual}}”，而非 {{attribute}}“{{expected}}”',
      inheritedLanguage: '<{{element}}> 继承的语言是“{{actual}}”，而非 {{attribute}}“{{expected}}”',
    },
    'xml-space': { xmlSpace: '<target> 的 xml:space 与其 <source> 不同' },
    'unique-id': {
      duplicateId: {
        files: '各 file 之间 id“{{id}}”重复',
        groupsAndUnits: '文件内各 group 与 unit 之间 id“{{id}}”重复',
        partsAndCodes: '单元内各 segment、ignorable 与原文代码之间 id“{{id}}”重复',
        notes: '各 note 之间 id“{{id}}”重复',
        data: '<originalData> 的各 data 之间 id“{{id}}”重复',
        siblings: '<{{element}}> 的子元素之间 id“{{id}}”重复',
        module: '<{{element}}> 中 id“{{id}}”重复',
      },
    },
    'unit-segment': { noSegment: '<unit id="{{id}}"> 没有 <segment>' },
    'sub-state': { subStateWithoutState: '有 subState 而没有 state' },
    skeleton: { skeleton: '<skeleton> 须有 href 或内容，二者只能有其一' },
    'extension-attribute': { extensionAttribute: '<{{element}}> 不得带扩展属性 {{attribute}}' },
    'sub-flows': { subFlows: '{{attribute}} 指向的“{{id}}”不是本文件的单元' },
    'fragment-id': {
      fragment: {
        afterLeaf: 'ref="{{ref}}"：“{{part}}”位于 note、data、target、模块或单独 id 选择符之后，而这些选择符须在最后',
        notAnId: 'ref="{{ref}}"：“{{part}}”不是 id',
        prefixNotNmtoken: 'ref="{{ref}}"：前缀“{{part}}”不是 NMTOKEN',
        reservedPrefix: 'ref="{{ref}}"：单字母前缀“{{part}}”为保留前缀，未定义',
        unknownPrefix: 'ref="{{ref}}"：未知前缀“{{part}}”',
        prefixTwice: 'ref="{{ref}}"：前缀“{{part}}”出现两次',
        outOfOrder: 'ref="{{ref}}"：“{{part}}=”顺序不对（应为 f、g、u，最后是末级选择符）',
      },
    },
    'target-order': {
      orderOutOfRange: 'order="{{order}}" 不在 1 到 {{count}} 之间',
      orderTwice: '译文顺序 {{order}} 被使用了两次',
    },
    'data-ref': { unknownData: '{{attribute}}="{{ref}}" 指向的 data 不在本单元的 <originalData> 中' },
    'sub-type': {
      subTypeWithoutType: '有 subType“{{subType}}”而没有 type',
      subTypeOfType: 'subType“{{subType}}”要求 type 为“{{expected}}”，而非“{{type}}”',
    },
    'sc-ec': {
      isolatedWithPartner: '<{{element}} id="{{id}}" isolated="yes"> 的 <{{partner}}> 就在本单元中',
      isolatedEcId: '<ec isolated="yes"> 须有 id，且不得有 startRef',
      noStartRef: '<{{element}}> 没有 startRef',
      endWithId: '<{{element}} startRef="{{startRef}}"> 不得有 id',
      endBeforeStart: '<{{element}} startRef="{{startRef}}"> 出现在其 <{{partner}}> 之前',
      endWithoutStart: '<{{element}} startRef="{{startRef}}"> 没有对应的 <{{partner}}>',
      scNotClosed: '<sc id="{{id}}"> 始终没有闭合（也未标 isolated="yes"）',
    },
    'sm-em': {
      noStartRef: '<{{element}}> 没有 startRef',
      endWithId: '<{{element}} startRef="{{startRef}}"> 不得有 id',
      endBeforeStart: '<{{element}} startRef="{{startRef}}"> 出现在其 <{{partner}}> 之前',
      endWithoutStart: '<{{element}} startRef="{{startRef}}"> 没有对应的 <{{partner}}>',
      smNotClosed: '<sm id="{{id}}"> 始终没有闭合',
    },
    'sc-ec-attributes': { pairDiffers: '<ec> 的 {{attribute}}="{{ec}}" 与其 <sc> 的 {{attribute}}="{{sc}}" 不符' },
    cp: { legalCharacter: '<cp hex="{{hex}}"> 编码的是 XML 允许的字符，应直接写成文本' },
    'comment-annotation': {
      valueOrRef: '批注须有 value 或 ref，且只能有其一',
      notANote: 'ref="{{ref}}" 不是本单元的 note',
    },
    'copy-of': {
      unknownCode: 'copyOf="{{copyOf}}" 指向的代码不在本单元中',
      notCopyable: 'copyOf="{{copyOf}}" 复制了 canCopy="no" 的代码',
      copyWithData: '副本（copyOf）不得有自己的原始数据',
    },
    'can-reorder': {
      fixedNeedsNoCopyDelete: 'canReorder="{{canReorder}}" 要求 canCopy="no" 且 canDelete="no"',
      noWithoutFirstNo: 'canReorder="no" 之前没有开启序列的 canReorder="firstNo" 代码',
      sequenceReordered: '译文调换了以 id“{{id}}”开头的代码序列',
    },
    'non-removable': { missingFromTarget: '代码“{{id}}”标有 canDelete="no"，但译文中没有' },
    val: {
      unknownElement: '<{{element}}> 不是 Validation 模块的元素',
      oneTest: '规则须恰有一项检验（{{tests}} 或一个扩展属性），现有 {{count}} 项',
      existsInSource: 'existsInSource 只能与 isPresent、startsWith 或 endsWith 同用',
    },
    res: {
      hrefAndContent: '<{{element}}> 同时有 href 和内容',
      sourceLanguage: '<res:source xml:lang="{{lang}}"> 不是 srcLang“{{srcLang}}”',
    },
    gls: { emptyEntry: '<gls:glossEntry> 须有译文或定义' },
    fs: {
      unknownAttribute: '{{attribute}} 不是 Format Style 模块的属性',
      subFsWithoutFs: '有 fs:subFs 而没有 fs:fs',
      onEc: 'Format Style 属性应放在 <sc> 上，而非其 <ec>',
    },
    slr: {
      onEc: '{{attribute}} 出现在非孤立的 <ec> 上',
      infoAndRef: 'slr:sizeInfo 与 slr:sizeInfoRef 同时出现',
      notInteger: 'slr:equivStorage="{{value}}" 不是非负整数',
      notRestriction: '{{attribute}}="{{value}}" 不是尺寸（N，或 最小,最大，* 表示不限）',
      unknownSizeInfo: 'slr:sizeInfoRef="{{ref}}" 在 <slr:data> 中找不到',
    },
    mtc: {
      matchLanguage: '<mtc:match> 的语言取自文档，不得有 xml:lang',
      subTypeWithoutType: '有 subType 而没有 type',
      badRef: 'ref="{{ref}}" 不是格式正确的片段标识符（#id）',
      unknownRef: 'ref="{{ref}}" 指向的不是本单元的 segment、ignorable 或标记',
    },
    ctr: {
      needsRef: '{{appliesTo}} 的修订须有 ref：此处有 {{count}} 个',
      unknownRef: 'ref="{{ref}}" 在此处找不到',
      property: 'property“{{property}}”既不是 content，也不是该 {{appliesTo}} 的属性',
      propertyTwice: '同一修订中 property“{{property}}”出现两次',
    },
  },
} satisfies Messages<typeof en>;
